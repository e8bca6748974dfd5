package dk.sagsspor.problems;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class HttpCachingTest {

    private static final Instant CHANGED = Instant.parse("2026-01-05T10:00:00Z");

    @Test
    void theTagChangesExactlyWithTheBody() {
        String tag = HttpCaching.etagOf("{\"a\":1}".getBytes(StandardCharsets.UTF_8));
        assertEquals(tag, HttpCaching.etagOf("{\"a\":1}".getBytes(StandardCharsets.UTF_8)));
        assertNotEquals(tag, HttpCaching.etagOf("{\"a\":2}".getBytes(StandardCharsets.UTF_8)));
        assertTrue(tag.matches("\"[0-9a-f]{16}-7\""), "both checksums and the length (7 bytes): " + tag);
        assertNotEquals(tag, HttpCaching.etagOf("{\"a\":1} ".getBytes(StandardCharsets.UTF_8)), "a byte longer");
        // The checksums of "123456789", the standard check value of each (RFC 3720 for CRC-32C; IEEE 802.3).
        assertEquals("\"e3069283cbf43926-9\"", HttpCaching.etagOf("123456789".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void ifNoneMatchDecidesWhenGiven() {
        assertTrue(HttpCaching.notModified("\"x\", W/\"t\"", null, "\"t\"", CHANGED));
        assertTrue(HttpCaching.notModified("*", null, "\"t\"", CHANGED));
        assertFalse(HttpCaching.notModified("\"x\"", "Mon, 05 Jan 2026 10:00:00 GMT", "\"t\"", CHANGED),
                "a date that holds does not count beside a tag that does not");
    }

    @Test
    void ifModifiedSinceHoldsUntilTheResourceChangesAfterIt() {
        assertTrue(HttpCaching.notModified(null, "Mon, 05 Jan 2026 10:00:00 GMT", "\"t\"", CHANGED));
        assertFalse(HttpCaching.notModified(null, "Mon, 05 Jan 2026 09:59:59 GMT", "\"t\"", CHANGED));
        assertFalse(HttpCaching.notModified(null, "yesterday", "\"t\"", CHANGED), "a date that does not parse is ignored");
        assertFalse(HttpCaching.notModified(null, null, "\"t\"", CHANGED));
    }

    @Test
    void aWrittenAnswerGzippedGivesBackTheSameAnswer() {
        byte[] body = "{\"steps\": [\"Økonomiudvalget\", \"Økonomiudvalget\", \"Økonomiudvalget\"]}"
                .getBytes(StandardCharsets.UTF_8);
        HttpCaching.Written written = new HttpCaching.Written(body, "application/json", "\"t\"",
                Instant.parse("2026-01-05T10:00:00Z"));
        HttpCaching.Gzipped kept = written.gzipped();
        assertArrayEquals(body, kept.written().body());
        assertEquals(written.etag(), kept.written().etag());
        assertEquals(written.lastModified(), kept.written().lastModified());
        assertEquals(written.mediaType(), kept.written().mediaType());
    }
}
