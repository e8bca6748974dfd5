package dk.sagsspor.ingest.rest;

import static dk.sagsspor.testsupport.TestTokens.writer;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;


import dk.sagsspor.minutes.Seeds;
import dk.sagsspor.minutes.TestCharsets;
import dk.sagsspor.minutes.TestPdfs;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The documents API as a client sees it: answers, errors as problem+json, and nothing lost. */
@QuarkusTest
class DocumentsApiTest {

    private static final Path SAMPLES = Path.of("../samples/minutes");
    /** The problem type URIs as a client branches on them: literal, so a renamed kind shows up here. */
    private static final String DOCUMENT_REJECTED = "https://sagsspor.dk/problems/document-rejected";
    private static final String UNSUPPORTED_MEDIA_TYPE = "https://sagsspor.dk/problems/unsupported-media-type";
    private static final String PAYLOAD_TOO_LARGE = "https://sagsspor.dk/problems/payload-too-large";
    private static final String NOT_FOUND = "https://sagsspor.dk/problems/not-found";
    private static final String INVALID_PARAMETER = "https://sagsspor.dk/problems/invalid-parameter";

    @Test
    void notMinutesIsRejectedKeptAndExplained() {
        String documentId = given().auth().oauth2(writer())
                .contentType("text/plain; charset=UTF-8").body(Seeds.bytes("003"))
                .when().post("/documents")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo(DOCUMENT_REJECTED))
                .body("status", equalTo(422))
                .body("detail", startsWith("Not minutes: found no agenda items"))
                .body("documentId", notNullValue())
                .extract().path("documentId");

        given().when().get("/documents/" + documentId)
                .then().statusCode(200)
                .body("status", equalTo("REJECTED"))
                .body("reason", startsWith("Not minutes"))
                .body("parseResult", nullValue())
                .body("sizeBytes", equalTo(Seeds.bytes("003").length));
        byte[] kept = given().when().get("/documents/" + documentId + "/content")
                .then().statusCode(200).extract().asByteArray();
        org.junit.jupiter.api.Assertions.assertArrayEquals(Seeds.bytes("003"), kept);

        // The same rejected content again is the same document, not a second copy.
        given().auth().oauth2(writer()).contentType("text/plain").body(Seeds.bytes("003"))
                .when().post("/documents")
                .then().statusCode(422).body("type", equalTo(DOCUMENT_REJECTED)).body("documentId", equalTo(documentId));
    }

    @Test
    void markdownMinutesAreAccepted() {
        String documentId = given().auth().oauth2(writer()).contentType("text/markdown").body(Seeds.bytes("002"))
                .when().post("/documents")
                .then().statusCode(201)
                .header("Location", containsString("/documents/"))
                .body("meetingId", equalTo("su-2025-08-07"))
                .body("items", equalTo(14))
                .body("eventsPublished", equalTo(12)) // items 2-12 carry case numbers, plus the meeting
                .extract().path("documentId");

        // The stored parse result comes back in the parser's JSON form: ISO dates, absent fields as null.
        given().when().get("/documents/" + documentId)
                .then().statusCode(200)
                .body("parseResult.kind", equalTo("MINUTES"))
                .body("parseResult.startsAt", startsWith("2025-08-07T"))
                .body("parseResult", org.hamcrest.Matchers.hasKey("reason"))
                .body("parseResult.items.size()", equalTo(14));
        // Posted again: the same document, its item count read back from the stored parse result.
        given().auth().oauth2(writer()).contentType("text/markdown").body(Seeds.bytes("002"))
                .when().post("/documents")
                .then().statusCode(200)
                .body("documentId", equalTo(documentId))
                .body("items", equalTo(14))
                .body("eventsPublished", equalTo(0));
    }

    @Test
    void anotherFileOfTheSameMeetingIsANewVersion() throws Exception {
        byte[] text = Files.readAllBytes(SAMPLES.resolve("2026-02-04-tmu.txt"));
        String first = given().auth().oauth2(writer()).contentType("text/plain; charset=UTF-8").body(text)
                .when().post("/documents")
                .then().statusCode(201)
                .body("meetingId", equalTo("tmu-2026-02-04"))
                .body("meetingVersion", equalTo(1))
                .extract().path("documentId");

        byte[] pdf = TestPdfs.write(new String(text, StandardCharsets.UTF_8));
        given().auth().oauth2(writer()).contentType("application/pdf").body(pdf)
                .header("Content-Disposition", "attachment; filename=\"referat-tmu-2026-02-04.pdf\"")
                .when().post("/documents")
                .then().statusCode(201)
                .body("meetingId", equalTo("tmu-2026-02-04"))
                .body("meetingVersion", equalTo(2))
                .body("documentId", org.hamcrest.Matchers.not(equalTo(first)));

        given().when().get("/documents?size=100")
                .then().statusCode(200)
                .body("items.find { it.filename == 'referat-tmu-2026-02-04.pdf' }.meetingVersion", equalTo(2))
                .body("total", greaterThanOrEqualTo(2));
    }

    @Test
    void windows1252IsReadWhenDeclaredOrNot() throws Exception {
        byte[] cp1252 = Files.readAllBytes(SAMPLES.resolve("2026-02-25-kb.txt"));
        given().auth().oauth2(writer()).contentType("text/plain; charset=windows-1252").body(cp1252)
                .when().post("/documents")
                .then().statusCode(201)
                .body("meetingId", equalTo("kb-2026-02-25"));

        byte[] sameMinutesOtherBytes = new String(cp1252, TestCharsets.WINDOWS_1252).replace("\r\n", "\n")
                .getBytes(TestCharsets.WINDOWS_1252);
        given().auth().oauth2(writer()).contentType("text/plain").body(sameMinutesOtherBytes)
                .when().post("/documents")
                .then().statusCode(201)
                .body("meetingId", equalTo("kb-2026-02-25"))
                .body("meetingVersion", equalTo(2));
    }

    @Test
    void emptyAndBinaryBodiesAreRejectedWithTheReason() {
        given().auth().oauth2(writer()).contentType("text/plain").body(new byte[0])
                .when().post("/documents")
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo(DOCUMENT_REJECTED))
                .body("detail", containsString("empty"));

        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);
        given().auth().oauth2(writer()).contentType("application/pdf").body(noise)
                .when().post("/documents")
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo(DOCUMENT_REJECTED))
                .body("detail", containsString("not text"));
    }

    @Test
    void otherTypesAre415AndStillKept() {
        String documentId = given().auth().oauth2(writer()).contentType("application/json").body("{\"referat\": true}")
                .when().post("/documents")
                .then().statusCode(415).contentType("application/problem+json")
                .body("type", equalTo(UNSUPPORTED_MEDIA_TYPE))
                .body("documentStatus", equalTo("REJECTED"))
                .body("detail", equalTo("Content-Type application/json is not read here. "
                        + "Send text/plain, text/markdown or application/pdf."))
                .extract().path("documentId");
        given().when().get("/documents/" + documentId).then().statusCode(200).body("status", equalTo("REJECTED"));

        given().auth().oauth2(writer())
                .contentType("text/plain; charset=UTF-16").body("REFERAT".getBytes(StandardCharsets.UTF_16))
                .when().post("/documents")
                .then().statusCode(415).body("type", equalTo(UNSUPPORTED_MEDIA_TYPE))
                .body("detail", containsString("The charset UTF-16 is not read here"))
                .body("documentId", notNullValue());

        // Longer than its column: refused, and the document still kept (under application/octet-stream).
        String longType = "text/plain; note=" + "x".repeat(300);
        String keptId = given().auth().oauth2(writer()).contentType(longType).body("REFERAT")
                .when().post("/documents")
                .then().statusCode(415).body("type", equalTo(UNSUPPORTED_MEDIA_TYPE))
                // REST Assured adds a charset, so the length is more than longType's.
                .body("detail", org.hamcrest.Matchers.matchesPattern(
                        "The Content-Type is \\d{3} characters long; the limit is 200\\. Send .*"))
                .extract().path("documentId");
        given().when().get("/documents/" + keptId).then().statusCode(200)
                .body("mediaType", equalTo("application/octet-stream"));
    }

    @Test
    void tooLargeIs413() {
        // The test profile sets the limit to 1 MB (default 20 MB).
        given().auth().oauth2(writer()).contentType("text/plain").body(new byte[1024 * 1024 + 1])
                .when().post("/documents")
                .then().statusCode(413).contentType("application/problem+json")
                .body("type", equalTo(PAYLOAD_TOO_LARGE))
                .body("documentId", nullValue())
                .body("detail", equalTo("The document is 1,048,577 bytes; the limit is 1,048,576 bytes."));
    }

    @Test
    void unknownAndMalformedIds() {
        given().when().get("/documents/00000000-0000-0000-0000-000000000000")
                .then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo(NOT_FOUND))
                .body("detail", equalTo("No document with id 00000000-0000-0000-0000-000000000000."));
        given().when().get("/documents/referat-1")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo(INVALID_PARAMETER))
                .body("detail", startsWith("'referat-1' is not a document id"));
        given().when().get("/documents?size=0")
                .then().statusCode(400).body("type", equalTo(INVALID_PARAMETER))
                .body("detail", startsWith("page must be 0 or more"));
        given().when().get("/documents/referat-1/content")
                .then().statusCode(400).body("type", equalTo(INVALID_PARAMETER));
    }

    @Test
    void aFileNameOverItsColumnIsStoredShortened() throws Exception {
        String minutes = onAnotherDay(Files.readString(SAMPLES.resolve("2026-02-04-tmu.txt")), "05");
        String documentId = given().auth().oauth2(writer()).contentType("text/plain; charset=UTF-8").body(minutes)
                .header("Content-Disposition", "attachment; filename=\"" + "r".repeat(996) + ".pdf\"")
                .when().post("/documents")
                .then().statusCode(201)
                .body("meetingId", equalTo("tmu-2026-02-05"))
                .extract().path("documentId");
        given().when().get("/documents/" + documentId)
                .then().statusCode(200).body("filename", equalTo("r".repeat(200) + "….pdf"));
    }

    @Test
    void aCommitteeNameOverTheIdColumnGivesAShortenedMeetingId() throws Exception {
        String name = "Det midlertidige udvalg for " + "meget lange navne ".repeat(16);
        String minutes = onAnotherDay(Files.readString(SAMPLES.resolve("2026-02-04-tmu.txt")), "06")
                .replace("Teknik- og Miljøudvalget", name.strip());
        String meetingId = given().auth().oauth2(writer()).contentType("text/plain; charset=UTF-8").body(minutes)
                .when().post("/documents")
                .then().statusCode(201)
                .body("meetingId", startsWith("det-midlertidige-udvalg-for-meget-lange-navne-meget-lange-na-"))
                .body("meetingId", org.hamcrest.Matchers.endsWith("-2026-02-06"))
                .extract().path("meetingId");
        org.junit.jupiter.api.Assertions.assertEquals(69 + "-2026-02-06".length(), meetingId.length(), meetingId);
    }

    /** The TMU sample as minutes of 2026-02-{day}, a meeting no other test posts. */
    private static String onAnotherDay(String minutes, String day) {
        return minutes.replace("04-02-2026", day + "-02-2026").replace("04. februar 2026", day + ". februar 2026");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "page=x                                 | page must be a whole number like 2",
            "page=99999999999                       | page must be a whole number like 2",
            "page=4294968&size=500                  | page × size must be at most 2147483647",
            "size=0                                 | page must be 0 or more and size between 1 and 500; got page=0, size=0.",
            "modifiedSince=yesterday                | modifiedSince must be an ISO-8601 date-time",
            "modifiedSince=%2B999999999-12-31T00:00Z | modifiedSince must be in the years 0001 to 9999",
            "status=LOST                            | status must be one of [ACCEPTED, REJECTED, WITHDRAWN]; got 'LOST'."})
    void aQueryValueThatDoesNotParseOrFitIs400NamingTheParameter(String query, String detail) {
        given().urlEncodingEnabled(false).when().get("/documents?" + query)
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo(INVALID_PARAMETER))
                .body("instance", equalTo("/documents"))
                .body("detail", startsWith(detail));
    }

    @Test
    void healthAndOpenApi() {
        given().when().get("/q/health/ready").then().statusCode(200);
        given().when().get("/q/openapi?format=json")
                .then().statusCode(200)
                .body("paths.'/documents'.post.responses.'422'.description", startsWith("Not minutes"))
                .body("components.schemas.Problem.properties.type.enum", hasItems(DOCUMENT_REJECTED,
                        UNSUPPORTED_MEDIA_TYPE, PAYLOAD_TOO_LARGE, NOT_FOUND, INVALID_PARAMETER));
    }

    /**
     * Ten requests with the same new minutes at once: one stores them and writes the meeting's events, the other nine
     * lose the race on the content's unique keys, look again and answer the same document as a duplicate.
     */
    @Test
    void theSameMinutesTenTimesAtOnceAreOneDocumentWithItsEventsWrittenOnce() throws Exception {
        byte[] minutes = onAnotherDay(Files.readString(SAMPLES.resolve("2026-02-04-tmu.txt")), "10")
                .getBytes(StandardCharsets.UTF_8);
        List<CompletableFuture<Response>> sent =
                IntStream.range(0, 10).mapToObj(i -> CompletableFuture.supplyAsync(
                        () -> given().auth().oauth2(writer())
                                .contentType("text/plain; charset=UTF-8").body(minutes).post("/documents"))).toList();
        List<Response> answers = sent.stream().map(CompletableFuture::join).toList();

        assertEquals(List.of(200, 200, 200, 200, 200, 200, 200, 200, 200, 201),
                answers.stream().map(Response::statusCode).sorted().toList());
        assertEquals(1, answers.stream().map(a -> (String) a.path("documentId")).distinct().count());
        Response created = answers.stream().filter(a -> a.statusCode() == 201).findFirst().orElseThrow();
        int events = created.path("eventsPublished");
        assertTrue(events > 0, "the meeting and its decided items");
        assertEquals(events, answers.stream().mapToInt(a -> a.path("eventsPublished")).sum());
        given().when().get("/documents/" + created.path("documentId"))
                .then().statusCode(200).body("meetingId", equalTo("tmu-2026-02-10")).body("meetingVersion", equalTo(1));
    }

    /** Ten requests with the same bad bytes at once: ten refusals naming one kept document, never a 500. */
    @Test
    void theSameBadDocumentTenTimesAtOnceIsOneKeptDocument() {
        byte[] bad = ("Ti ens dokumenter på én gang, og intet af dem er et referat. " + System.nanoTime())
                .getBytes(StandardCharsets.UTF_8);
        List<CompletableFuture<Response>> sent =
                IntStream.range(0, 10).mapToObj(i -> CompletableFuture.supplyAsync(
                        () -> given().auth().oauth2(writer())
                                .contentType("text/plain").body(bad).post("/documents"))).toList();
        List<Response> answers =
                sent.stream().map(CompletableFuture::join).toList();

        answers.forEach(answer -> answer.then().statusCode(422).body("type",
                equalTo("https://sagsspor.dk/problems/document-rejected")));
        assertEquals(1,
                answers.stream().map(a -> (String) a.path("documentId")).distinct().count());
    }
}
