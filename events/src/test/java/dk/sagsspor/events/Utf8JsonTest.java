package dk.sagsspor.events;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * JSON written as UTF-8 bytes is the JSON written as text, encoded, except that half a character beyond the BMP
 * without its other half (no Unicode text, which PostgreSQL refuses to unescape) becomes U+FFFD; JSON kept as bytes
 * and written again raw inside another payload is the same as the payload written whole, whichever way the outer
 * payload is written.
 */
class Utf8JsonTest {

    static Stream<Object> payloads() {
        return Stream.of(Samples.meetingPublished(), Samples.agendaItemDecided(), Samples.agendaItemRetracted(),
                Samples.meetingWithdrawn(), Samples.caseUpdatedV2(), Samples.caseDeleted(), Samples.caseUpdated(),
                "Unge- og Beskæftigelsesudvalget: \"æøå ÆØÅ\" \\ \u2013 \uD83D\uDCC4 \u0001");
    }

    @ParameterizedTest
    @MethodSource("payloads")
    void bytesAreTheTextEncoded(Object payload) {
        assertArrayEquals(EventJson.write(payload).getBytes(StandardCharsets.UTF_8), EventJson.writeUtf8(payload));
    }

    @ParameterizedTest
    @MethodSource("payloads")
    void rawBytesInsideAnotherPayloadAreThePayloadWrittenWhole(Object payload) {
        String text = EventJson.write(payload);
        Map<String, Object> fromTree = outer(EventJson.toTree(payload));
        Map<String, Object> fromBytes = outer(EventJson.raw(EventJson.writeUtf8(payload)));

        String expected = "{\"before\":\"æ\",\"payload\":" + text + ",\"after\":[1,2]}";
        assertEquals(expected, EventJson.write(fromTree));
        assertEquals(expected, EventJson.write(fromBytes));
        assertArrayEquals(expected.getBytes(StandardCharsets.UTF_8), EventJson.writeUtf8(fromBytes));
        assertEquals(EventJson.tree(text), EventJson.tree(EventJson.write(fromBytes)).get("payload"));
    }

    /** A text, and the JSON string writeUtf8 writes for it (as Java source: a backslash is two). */
    static Stream<Arguments> loneSurrogates() {
        String high = "\uD83D";
        String low = "\uDCC4";
        return Stream.of(
                Arguments.of("a" + high + "b", "\"a\\uFFFDb\""),
                Arguments.of(low + "b", "\"\\uFFFDb\""),
                Arguments.of(high, "\"\\uFFFD\""),
                Arguments.of(low + high, "\"\\uFFFD\\uFFFD\""),
                Arguments.of(high + high + low, "\"\\uFFFD\uD83D\uDCC4\""),
                Arguments.of(high + "\\u" + "DCC4", "\"\\uFFFD\\\\uDCC4\""),
                Arguments.of("\\u" + "D83D\\" + low, "\"\\\\uD83D\\\\\\uFFFD\""));
    }

    @ParameterizedTest
    @MethodSource("loneSurrogates")
    void aLoneSurrogateBecomesTheReplacementCharacter(String text, String expected) {
        byte[] written = EventJson.writeUtf8(List.of(text, Map.of(text, text)));

        String json = new String(written, StandardCharsets.UTF_8);
        assertEquals("[" + expected + ",{" + expected + ":" + expected + "}]", json);
        String read = EventJson.tree(written).get(0).asText();
        assertEquals(read, new String(read.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8),
                "no lone surrogate is left to read back");
    }

    private static Map<String, Object> outer(Object raw) {
        Map<String, Object> outer = new LinkedHashMap<>();
        outer.put("before", "æ");
        outer.put("payload", raw);
        outer.put("after", new int[] {1, 2});
        return outer;
    }
}
