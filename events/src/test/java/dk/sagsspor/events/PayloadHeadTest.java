package dk.sagsspor.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link EventJson#head}: a payload's version and id, read without reading the rest. */
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
    }

    @ParameterizedTest
    @ValueSource(strings = {"{not json", "not json", "", "{\"schemaVersion\": }"})
    void textThatIsNotJsonIsUnreadable(String payload) {
        EventJson.UnreadableJsonException refused = assertThrows(EventJson.UnreadableJsonException.class,
                () -> EventJson.head(payload));
        assertTrue(refused.getMessage().startsWith("not JSON") || refused.getMessage().contains("not a JSON object"),
                refused.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"[1, 2]", "\"a string\"", "7"})
    void anythingButAnObjectIsRefused(String payload) {
        assertEquals("payload is not a JSON object",
                assertThrows(EventJson.UnreadableJsonException.class, () -> EventJson.head(payload)).getMessage());
    }
}
