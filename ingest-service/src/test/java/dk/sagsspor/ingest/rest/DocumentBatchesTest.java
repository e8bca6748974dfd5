package dk.sagsspor.ingest.rest;

import static dk.sagsspor.testsupport.TestTokens.writer;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** POST /documents/batch as a client doing a backfill sees it: each part answered as POST /documents would, in order. */
@QuarkusTest
class DocumentBatchesTest {

    private static final String MARKDOWN = "text/markdown; charset=UTF-8";

    /** The ØU sample moved to another day: minutes of a meeting no other test posts. */
    private static byte[] minutesOn(String dayMonth, String spelledOut) throws Exception {
        String sample = Files.readString(Path.of("../samples/minutes/2026-02-18-oeu.md"));
        return sample.replace("18-02-2026", dayMonth).replace("18. februar 2026", spelledOut)
                .getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void eachPartIsTakenAsAloneInOrderAndKept() throws Exception {
        byte[] first = minutesOn("03-03-2031", "3. marts 2031");
        byte[] corrected = (new String(first, StandardCharsets.UTF_8) + "\nRettet referat.\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] other = minutesOn("04-03-2031", "4. marts 2031");

        JsonPath answer = given().auth().oauth2(writer())
                .multiPart("document", "oeu-2031-03-03.md", first, MARKDOWN)
                .multiPart("document", "not-minutes.txt", "Hej, her er ingen dagsorden.".getBytes(StandardCharsets.UTF_8),
                        "text/plain; charset=UTF-8")
                .multiPart("document", "oeu-2031-03-03-rettet.md", corrected, MARKDOWN)
                .multiPart("document", "data.json", "{}".getBytes(StandardCharsets.UTF_8), "application/json")
                .multiPart("document", "oeu-2031-03-04.md", other, MARKDOWN)
                .when().post("/documents/batch")
                .then().statusCode(200).contentType("application/json")
                .body("documents.index", equalTo(java.util.List.of(0, 1, 2, 3, 4)))
                .body("documents.status", equalTo(java.util.List.of(201, 422, 201, 415, 201)))
                .extract().jsonPath();

        assertEquals("oeu-2031-03-03", answer.getString("documents[0].document.meetingId"));
        assertEquals(1, answer.getInt("documents[0].document.meetingVersion"));
        // A later part of the same meeting in the same batch is its next version, as if posted after it.
        assertEquals("oeu-2031-03-03", answer.getString("documents[2].document.meetingId"));
        assertEquals(2, answer.getInt("documents[2].document.meetingVersion"));
        assertEquals("oeu-2031-03-04", answer.getString("documents[4].document.meetingId"));
        assertEquals(3, answer.getInt("documents[0].document.eventsPublished")); // the meeting and its two cases

        assertEquals("https://sagsspor.dk/problems/document-rejected", answer.getString("documents[1].problem.type"));
        assertEquals("/documents/batch", answer.getString("documents[1].problem.instance"));
        assertEquals("https://sagsspor.dk/problems/unsupported-media-type",
                answer.getString("documents[3].problem.type"));

        // Every part is kept, refused ones too, each with its own file name and the sender.
        String[] filenames = {"oeu-2031-03-03.md", "not-minutes.txt", "oeu-2031-03-03-rettet.md", "data.json",
                "oeu-2031-03-04.md"};
        String[] statuses = {"ACCEPTED", "REJECTED", "ACCEPTED", "REJECTED", "ACCEPTED"};
        for (int i = 0; i < filenames.length; i++) {
            String documentId = answer.getString("documents[" + i + "].document.documentId") != null
                    ? answer.getString("documents[" + i + "].document.documentId")
                    : answer.getString("documents[" + i + "].problem.documentId");
            given().when().get("/documents/" + documentId)
                    .then().statusCode(200)
                    .body("filename", equalTo(filenames[i]))
                    .body("status", equalTo(statuses[i]))
                    .body("receivedBy", notNullValue());
        }
        given().when().get("/documents/" + answer.getString("documents[1].problem.documentId"))
                .then().body("reason", startsWith("Not minutes"));
    }

    @Test
    void theSameContentTwiceInOneBatchIsStoredOnce() throws Exception {
        byte[] minutes = minutesOn("05-03-2031", "5. marts 2031");

        JsonPath answer = given().auth().oauth2(writer())
                .multiPart("document", "a.md", minutes, MARKDOWN)
                .multiPart("document", "b.md", minutes, MARKDOWN)
                .when().post("/documents/batch")
                .then().statusCode(200)
                .body("documents.status", equalTo(java.util.List.of(201, 200)))
                .body("documents[1].document.eventsPublished", equalTo(0))
                .body("documents[1].problem", nullValue())
                .extract().jsonPath();

        assertEquals(answer.getString("documents[0].document.documentId"),
                answer.getString("documents[1].document.documentId"));

        // Posted again, the whole batch is known: nothing new, the same document.
        given().auth().oauth2(writer())
                .multiPart("document", "a.md", minutes, MARKDOWN)
                .when().post("/documents/batch")
                .then().statusCode(200)
                .body("documents[0].status", equalTo(200))
                .body("documents[0].document.documentId", equalTo(answer.getString("documents[0].document.documentId")));
    }

    @Test
    void aMalformedBodyIsAProblemThatSaysWhatIsWrong() {
        given().auth().oauth2(writer())
                .contentType("multipart/form-data; boundary=XyZ")
                .body("--XyZ\r\nContent-Type: text/plain\r\n\r\nReferat".getBytes(StandardCharsets.US_ASCII))
                .when().post("/documents/batch")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://sagsspor.dk/problems/invalid-body"))
                .body("detail", equalTo("Part 1 does not end: the body has no closing delimiter (--boundary--)."));
    }

    @Test
    void aBatchThatIsNotMultipartIsRefused() {
        String detail = given().auth().oauth2(writer())
                .contentType("text/plain; charset=UTF-8").body("Referat")
                .when().post("/documents/batch")
                .then().statusCode(415)
                .contentType("application/problem+json")
                .extract().path("detail");
        assertNotEquals(null, detail);
    }
}
