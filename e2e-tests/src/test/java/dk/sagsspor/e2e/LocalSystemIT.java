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
import dk.sagsspor.cases.GoldenCases;
import dk.sagsspor.minutes.MinutesJson;
import dk.sagsspor.minutes.Seeds;
import dk.sagsspor.minutes.TestCharsets;
import dk.sagsspor.minutes.TestPdfs;
import io.restassured.response.Response;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The whole system as an integrator starts it: deploy/local/up.sh (real Kafka, real PostgreSQL, the three service
 * jars and the web pages), the five seeds posted to ingest-service, everything checked through the REST APIs,
 * hostile input, a crash of cases-service in the middle of a stream, the web pages in a real browser, then down.sh.
 */
class LocalSystemIT {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final String INGEST = "http://localhost:8080";
    private static final String MEETINGS = "http://localhost:8081";
    private static final String CASES = "http://localhost:8082";
    private static final String WEB = "http://localhost:8083";
    private static final String KAFKA = "127.0.0.1:9092";
    private static final List<Integer> PORTS = List.of(8080, 8081, 8082, 8083, 9092, 9093);

    /** A token with the role documents:write, from deploy/local/token.sh once up.sh has made the key pair. */
    private static String writer;

    @Test
    void upIngestCheckDown() throws Exception {
        script("down.sh", "--wipe"); // whatever an earlier run left
        try {
            script("up.sh");
            writer = token("writer");
            onlyTheWriteRoleWrites();
            theSeedsGoIn();
            theSystemTellsTheirStory();
            theSameMinutesAgainDuplicateNothing();
            aCorrectionAndItsWithdrawalAndTheFirstVersionsWithdrawal();
            badBodiesAreProblems();
            new HostileInputs(INGEST, MEETINGS, CASES, writer, token("reader"))
                    .check(Path.of("target/hostile-inputs.md"));
            new CasesServiceKilled(ROOT, INGEST, CASES, KAFKA, writer, LocalSystemIT::startWhatIsNotRunning).check();
            theWebPagesInABrowser();
        } finally {
            script("down.sh", "--wipe");
        }
        for (int port : PORTS) {
            assertFalse(open(port), "port " + port + " is still open after down.sh");
        }
    }

    /** token.sh's tokens against the running service: none is 401, a reader's 403, a writer's gets in. */
    private void onlyTheWriteRoleWrites() throws IOException, InterruptedException {
        given().contentType("text/plain").body(Seeds.bytes("003")).post(INGEST + "/documents")
                .then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"));
        given().auth().oauth2(token("reader")).contentType("text/plain").body(Seeds.bytes("003"))
                .post(INGEST + "/documents")
                .then().statusCode(403).contentType("application/problem+json");
        given().get(INGEST + "/documents").then().statusCode(200).header("X-Content-Type-Options", equalTo("nosniff"));
        given().header("Origin", "http://localhost:8083").get(CASES + "/cases")
                .then().header("Access-Control-Allow-Origin", equalTo("http://localhost:8083"));
    }

    /** The seeds' homelessness case, and a synthetic case of the crash test that the council decides while watched. */
    private void theWebPagesInABrowser() {
        String live = SyntheticMinutes.caseNumber(1);
        byte[] decision = SyntheticMinutes.councilMeeting(LocalDate.of(2027, 6, 1), List.of(live));
        byte[] another = SyntheticMinutes.councilMeeting(LocalDate.of(2027, 6, 8), List.of(SyntheticMinutes.caseNumber(2)));
        new WebPages(WEB, ROOT.resolve(".ci/node_modules/axe-core/axe.min.js"), Path.of("target/screenshots"),
                minutes -> post(minutes, "text/plain").then().statusCode(201))
                .check("25-008999", live, decision, another);
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
        JsonNode actual = MinutesJson.mapper().readTree(given().get(CASES + "/cases/25-008999").asString());
        GoldenCases.assertMatches("25-008999", actual, "the whole system");

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
        // Each service applies the events on its own; meetings-service may take up to half a second longer (its
        // broker waits for a batch of meetings), so each one's state is waited for.
        await().atMost(Duration.ofSeconds(60)).until(() -> given().get(CASES + "/cases/26-000377").statusCode() == 410
                && "REJECTED".equals(oeuOutcomeOf("26-000412"))
                && given().get(MEETINGS + "/meetings/oeu-2026-02-18").path("version").equals(2));
        given().get(MEETINGS + "/meetings/oeu-2026-02-18").then().body("version", equalTo(2)).body("items", hasSize(1));

        given().auth().oauth2(writer).delete(INGEST + "/documents/" + second + "?reason=Udgivet ved en fejl")
                .then().statusCode(204);
        await().atMost(Duration.ofSeconds(60)).until(() -> given().get(CASES + "/cases/26-000377").statusCode() == 200
                && "RECOMMENDED".equals(oeuOutcomeOf("26-000412"))
                && given().get(MEETINGS + "/meetings/oeu-2026-02-18").path("version").equals(1));
        given().get(MEETINGS + "/meetings/oeu-2026-02-18").then().body("version", equalTo(1)).body("items", hasSize(2));

        given().auth().oauth2(writer).delete(INGEST + "/documents/" + first).then().statusCode(204);
        await().atMost(Duration.ofSeconds(60)).until(() ->
                given().get(MEETINGS + "/meetings/oeu-2026-02-18").statusCode() == 410
                        && given().get(CASES + "/cases/26-000412").statusCode() == 410
                        && given().get(CASES + "/cases/26-000377").statusCode() == 410);
        given().get(INGEST + "/documents/" + first).then().body("status", equalTo("WITHDRAWN"))
                .body("receivedBy", equalTo(System.getProperty("user.name")))
                .body("withdrawnBy", equalTo(System.getProperty("user.name")));
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
        return given().auth().oauth2(writer).contentType(contentType).body(body).post(INGEST + "/documents");
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

    /** up.sh is idempotent: it starts what is not running and waits until everything is ready. */
    private static void startWhatIsNotRunning() {
        try {
            script("up.sh");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** What deploy/local/token.sh prints for these roles. */
    private static String token(String... roles) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", ROOT.resolve("deploy/local/token.sh").toString()));
        command.addAll(List.of(roles));
        Process process = new ProcessBuilder(command).directory(ROOT.toFile())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String token = new String(process.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip();
        if (process.waitFor() != 0 || token.isEmpty()) {
            throw new AssertionError("deploy/local/token.sh " + String.join(" ", roles) + " exited with "
                    + process.exitValue());
        }
        return token;
    }

    private static boolean open(int port) {
        try (Socket ignored = new Socket("127.0.0.1", port)) {
            return true;
        } catch (IOException closed) {
            return false;
        }
    }
}
