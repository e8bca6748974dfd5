package dk.sagsspor.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import dk.sagsspor.minutes.GoldenFiles;
import dk.sagsspor.minutes.MinutesJson;
import dk.sagsspor.minutes.Seeds;
import dk.sagsspor.minutes.TestCharsets;
import dk.sagsspor.minutes.TestPdfs;
import io.restassured.response.Response;
import java.io.File;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The whole system as an integrator starts it: deploy/local/up.sh (real Kafka, real PostgreSQL, the three service
 * jars), the five seeds posted to ingest-service, everything checked through the REST APIs, then down.sh.
 */
class LocalSystemIT {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final String INGEST = "http://localhost:8080";
    private static final String MEETINGS = "http://localhost:8081";
    private static final String CASES = "http://localhost:8082";
    private static final List<Integer> PORTS = List.of(8080, 8081, 8082, 9092, 9093);

    @Test
    void upIngestCheckDown() throws Exception {
        script("down.sh", "--wipe"); // whatever an earlier run left
        try {
            script("up.sh");
            theSeedsGoIn();
            theSystemTellsTheirStory();
            theSameMinutesAgainDuplicateNothing();
            aCorrectionAndItsWithdrawalAndTheFirstVersionsWithdrawal();
            badBodiesAreProblems();
            new HostileInputs(INGEST, MEETINGS, CASES).check(Path.of("target/hostile-inputs.md"));
        } finally {
            script("down.sh", "--wipe");
        }
        for (int port : PORTS) {
            assertFalse(open(port), "port " + port + " is still open after down.sh");
        }
    }

    private void theSeedsGoIn() {
        for (String seed : List.of("000", "001", "002", "004")) {
            post(Seeds.bytes(seed), "text/plain").then().statusCode(201);
        }
        String rejected = post(Seeds.bytes("003"), "text/plain")
                .then().statusCode(422).contentType("application/problem+json")
                .body("detail", startsWith("Not minutes")).extract().path("documentId");
        given().get(INGEST + "/documents/" + rejected)
                .then().statusCode(200).body("status", equalTo("REJECTED")).body("reason", startsWith("Not minutes"));
    }

    private void theSystemTellsTheirStory() throws IOException {
        await().atMost(Duration.ofSeconds(90)).until(() ->
                given().get(CASES + "/cases/25-008999").statusCode() == 200
                        && given().get(CASES + "/cases/25-008999").path("steps.size()").equals(4));
        JsonNode golden = MinutesJson.mapper().readTree(
                ROOT.resolve("cases-service/src/test/resources/golden/cases/25-008999.json").toFile());
        JsonNode actual = MinutesJson.mapper().readTree(given().get(CASES + "/cases/25-008999").asString());
        assertEquals(List.of(), GoldenFiles.differences(golden, actual, Set.of("documentId", "revision", "modifiedAt")));

        await().atMost(Duration.ofSeconds(60)).until(() ->
                given().get(MEETINGS + "/meetings").path("total").equals(4));
        given().get(MEETINGS + "/meetings?committee=su")
                .then().body("items.id", equalTo(List.of("su-2025-12-11", "su-2025-08-07")));
        given().get(MEETINGS + "/committees/su/members")
                .then().body("items", hasSize(5)).body("items.meetingsAttended", everyItem(equalTo(2)));
        given().get(MEETINGS + "/meetings?committee=kkr-netvaerket-paa-udsatte-boerne-og-ungeomraadet")
                .then().body("items[0].status", equalTo("DRAFT"));
    }

    private void theSameMinutesAgainDuplicateNothing() {
        post(TestPdfs.write(Seeds.text("001")), "application/pdf")
                .then().statusCode(201).body("meetingId", equalTo("su-2025-12-11")).body("meetingVersion", equalTo(2));
        post(Seeds.text("000").getBytes(TestCharsets.WINDOWS_1252), "text/plain; charset=windows-1252")
                .then().statusCode(201).body("meetingId", equalTo("bfu-2025-12-03")).body("meetingVersion", equalTo(2));
        post(Seeds.bytes("002"), "text/markdown").then().statusCode(200);

        await().atMost(Duration.ofSeconds(60)).until(() ->
                given().get(MEETINGS + "/meetings/su-2025-12-11").path("version").equals(2)
                        && given().get(MEETINGS + "/meetings/bfu-2025-12-03").path("version").equals(2));
        given().get(MEETINGS + "/meetings").then().body("total", equalTo(4));
        given().get(MEETINGS + "/meetings/bfu-2025-12-03").then().body("items", hasSize(13));
        given().get(MEETINGS + "/committees/su/members").then().body("items.meetingsAttended", everyItem(equalTo(2)));
        await().atMost(Duration.ofSeconds(30)).until(() ->
                given().get(CASES + "/cases/25-008999").path("steps.size()").equals(4));
        given().get(CASES + "/cases/25-008999").then().body("steps[1].sources", hasSize(2));
    }

    /** The sample ØU minutes of 2026-02-18, corrected, the correction withdrawn, then the minutes withdrawn. */
    private void aCorrectionAndItsWithdrawalAndTheFirstVersionsWithdrawal() throws IOException {
        String original = Files.readString(ROOT.resolve("samples/minutes/2026-02-18-oeu.md"));
        String corrected = original.substring(0, original.indexOf("# Punkt 2:"))
                .replace("Anbefales med den bemærkning at arbejdet udbydes samlet.", "Ikke anbefalet.");
        String first = post(original.getBytes(StandardCharsets.UTF_8), "text/markdown")
                .then().statusCode(201).extract().path("documentId");
        await().atMost(Duration.ofSeconds(60)).until(() -> given().get(CASES + "/cases/26-000377").statusCode() == 200
                && given().get(MEETINGS + "/meetings/oeu-2026-02-18").statusCode() == 200);

        String second = post(corrected.getBytes(StandardCharsets.UTF_8), "text/markdown")
                .then().statusCode(201).body("meetingVersion", equalTo(2)).extract().path("documentId");
        await().atMost(Duration.ofSeconds(60)).until(() -> given().get(CASES + "/cases/26-000377").statusCode() == 410
                && "REJECTED".equals(oeuOutcomeOf("26-000412")));
        given().get(MEETINGS + "/meetings/oeu-2026-02-18").then().body("version", equalTo(2)).body("items", hasSize(1));

        given().delete(INGEST + "/documents/" + second + "?reason=Udgivet ved en fejl").then().statusCode(204);
        await().atMost(Duration.ofSeconds(60)).until(() -> given().get(CASES + "/cases/26-000377").statusCode() == 200
                && "RECOMMENDED".equals(oeuOutcomeOf("26-000412")));
        given().get(MEETINGS + "/meetings/oeu-2026-02-18").then().body("version", equalTo(1)).body("items", hasSize(2));

        given().delete(INGEST + "/documents/" + first).then().statusCode(204);
        await().atMost(Duration.ofSeconds(60)).until(() ->
                given().get(MEETINGS + "/meetings/oeu-2026-02-18").statusCode() == 410
                        && given().get(CASES + "/cases/26-000412").statusCode() == 410
                        && given().get(CASES + "/cases/26-000377").statusCode() == 410);
        given().get(INGEST + "/documents/" + first).then().body("status", equalTo("WITHDRAWN"));
    }

    private static String oeuOutcomeOf(String caseNumber) {
        Response response = given().get(CASES + "/cases/" + caseNumber);
        return response.statusCode() == 200 ? response.path("steps.find { it.committee.id == 'oeu' }.outcome") : null;
    }

    private void badBodiesAreProblems() {
        byte[] noise = new byte[8192];
        new Random(1).nextBytes(noise);
        post(new byte[0], "text/plain").then().statusCode(422).contentType("application/problem+json")
                .body("detail", notNullValue());
        post(noise, "application/pdf").then().statusCode(422).contentType("application/problem+json");
        post("{\"referat\": 1}".getBytes(StandardCharsets.UTF_8), "application/json")
                .then().statusCode(415).contentType("application/problem+json");
        post(new byte[20 * 1024 * 1024 + 1], "text/plain").then().statusCode(413).contentType("application/problem+json");
    }

    private static Response post(byte[] body, String contentType) {
        return given().contentType(contentType).body(body).post(INGEST + "/documents");
    }

    private static void script(String name, String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of("bash", ROOT.resolve("deploy/local/" + name).toString()));
        command.addAll(List.of(args));
        File log = ROOT.resolve("e2e-tests/target/" + name + ".log").toFile();
        ProcessBuilder builder = new ProcessBuilder(command).directory(ROOT.toFile())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log));
        builder.environment().put("SAGSSPOR_DB_SUFFIX", "_e2e");
        Process process = builder.start();
        int status = process.waitFor();
        if (status != 0) {
            throw new AssertionError(name + " exited with " + status + ":\n" + Files.readString(log.toPath()));
        }
    }

    private static boolean open(int port) {
        try (Socket ignored = new Socket("127.0.0.1", port)) {
            return true;
        } catch (IOException closed) {
            return false;
        }
    }
}
