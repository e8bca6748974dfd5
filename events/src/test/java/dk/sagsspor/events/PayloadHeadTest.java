package dk.sagsspor.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link EventJson#head}: a payload's version and id, read without reading the rest; the same from the UTF-8 bytes a
 * record arrives as as from its text.
 */
class PayloadHeadTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            # payload                                                               | schemaVersion | eventId
            {"eventId": "e-1", "schemaVersion": 1, "case": {"steps": [1, 2]}}      | 1             | e-1
            {"case": {"schemaVersion": 7, "eventId": "inner"}, "schemaVersion": 2} | 2             |
            {"schemaVersion": 3, "eventId": 42}                                     | 3             |
            {"eventId": "e-2"}                                                      |               | e-2
            {"schemaVersion": "1", "eventId": "e-3", "rest": [}                     | "1"           | e-3
            {}                                                                      |               |
            """)
    void readsTheTopLevelFieldsOnly(String payload, String schemaVersion, String eventId) {
        EventJson.PayloadHead head = EventJson.head(payload);
        assertEquals(schemaVersion == null ? "" : schemaVersion, head.schemaVersion().toString(), payload);
        assertEquals(eventId, head.eventId(), payload);
        assertEquals(head, EventJson.head(payload.getBytes(StandardCharsets.UTF_8)), payload);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{not json", "not json", "", "{\"schemaVersion\": }"})
    void textThatIsNotJsonIsUnreadable(String payload) {
        EventJson.UnreadableJsonException refused = assertThrows(EventJson.UnreadableJsonException.class,
                () -> EventJson.head(payload));
        assertTrue(refused.getMessage().startsWith("not JSON") || refused.getMessage().contains("not a JSON object"),
                refused.getMessage());
        assertEquals(refused.getMessage(), assertThrows(EventJson.UnreadableJsonException.class,
                () -> EventJson.head(payload.getBytes(StandardCharsets.UTF_8))).getMessage());
    }

    @Test
    void bytesThatAreNotUtf8AreUnreadable() {
        byte[] latin1 = "{\"eventId\": \"Ærø\", \"schemaVersion\": 1}".getBytes(StandardCharsets.ISO_8859_1);
        assertTrue(assertThrows(EventJson.UnreadableJsonException.class, () -> EventJson.head(latin1)).getMessage()
                .startsWith("not JSON"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0000007B", "0000FEFF", "FFFE7B00", "FEFF007B", "007B007D", "7B007D00"})
    void bytesInAnotherEncodingThanUtf8AreUnreadable(String hex) {
        byte[] bytes = HexFormat.of().parseHex(hex);
        assertTrue(assertThrows(EventJson.UnreadableJsonException.class, () -> EventJson.head(bytes)).getMessage()
                .startsWith("not JSON"), hex);
        assertTrue(assertThrows(EventJson.UnreadableJsonException.class,
                () -> EventJson.read(bytes, MeetingPublishedV1.Heading.class)).getMessage().startsWith("not JSON"), hex);
    }

    @Test
    void aPayloadReadFromItsBytesIsTheOneReadFromItsText() {
        String json = "{\"eventId\": \"e-1\", \"schemaVersion\": 1, \"meetingId\": \"økonomiudvalget-2026-12-01\","
                + " \"items\": [{\"title\": \"Godkendelse af dagsorden\"}], \"body\": {\"id\": \"oeu\","
                + " \"name\": \"Økonomiudvalget\"}, \"startsAt\": \"2026-12-01T14:00:00+01:00\"}";
        MeetingPublishedV1.Heading fromText = EventJson.read(json, MeetingPublishedV1.Heading.class);
        assertEquals(fromText, EventJson.read(json.getBytes(StandardCharsets.UTF_8), MeetingPublishedV1.Heading.class));
        assertEquals("Økonomiudvalget", fromText.body().name());
        assertEquals("not JSON", assertThrows(EventJson.UnreadableJsonException.class,
                () -> EventJson.read("{not".getBytes(StandardCharsets.UTF_8), MeetingPublishedV1.Heading.class))
                .getMessage().substring(0, 8));
    }

    @ParameterizedTest
    @ValueSource(strings = {"[1, 2]", "\"a string\"", "7"})
    void anythingButAnObjectIsRefused(String payload) {
        assertEquals("payload is not a JSON object",
                assertThrows(EventJson.UnreadableJsonException.class, () -> EventJson.head(payload)).getMessage());
        assertEquals("payload is not a JSON object", assertThrows(EventJson.UnreadableJsonException.class,
                () -> EventJson.head(payload.getBytes(StandardCharsets.UTF_8))).getMessage());
    }
}
