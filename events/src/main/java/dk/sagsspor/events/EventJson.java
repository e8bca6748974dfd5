package dk.sagsspor.events;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.util.RawValue;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The one JSON mapping of event payloads and of what services store as JSON, as "On the wire" in the README says:
 * ISO-8601 dates that keep their offsets, unknown fields ignored. Failures are unchecked: a payload that cannot be
 * written is a bug, one that cannot be read is {@link UnreadableJsonException}.
 */
public final class EventJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .addModule(new IsoTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            // Characters beyond the BMP (an emoji in a title) as their four UTF-8 bytes, as write's text has them: the
            // bytes of writeUtf8 are then exactly write's text encoded, and stored JSON compares either way.
            .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
            .build();

    /** JSON that is not what it should be. */
    public static final class UnreadableJsonException extends RuntimeException {
        UnreadableJsonException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private EventJson() {
    }

    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    /**
     * {@link #write} as the UTF-8 bytes a database or Kafka takes (a lone surrogate, which no UTF-8 can hold, as
     * U+FFFD): written byte by byte, never held as a
     * {@code String}. A String of JSON was built from the writer's chars and encoded again by the JDBC driver, each a
     * pass over every char that the services' C1-compiled code does one char at a time; a fifth of cases-service's
     * samples during a backfill (docs/performance.md).
     */
    public static byte[] writeUtf8(Object value) {
        try {
            return withoutLoneSurrogates(MAPPER.writeValueAsBytes(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    /**
     * The JSON with each lone surrogate (half of a character beyond the BMP without its other half: from a broken
     * PDF's text, or a request's JSON that escapes one half alone) as U+FFFD, the replacement character, changed in
     * place. Jackson writes a lone surrogate as an escape, which is no Unicode text: PostgreSQL refuses to unescape it
     * (in {@code json_to_recordset}, failing the whole statement) and a consumer could not keep it either. Both
     * escapes are six bytes. In JSON text a backslash only ever starts an escape, so a scan that steps over each
     * escape whole sees them all; a pair written as two escapes is kept.
     */
    private static byte[] withoutLoneSurrogates(byte[] json) {
        for (int at = 0, last = json.length - 1; at < last; at++) { // an escape's backslash is never the last byte
            if (json[at] != '\\') {
                continue;
            }
            int unit = json[at + 1] == 'u' ? hex4(json, at + 2) : -1;
            if (unit >= 0 && Character.isHighSurrogate((char) unit) && at + 7 < json.length && json[at + 6] == '\\'
                    && json[at + 7] == 'u' && Character.isLowSurrogate((char) hex4(json, at + 8))) {
                at += 11; // a pair, both halves escaped
            } else if (unit >= 0 && Character.isSurrogate((char) unit)) {
                System.arraycopy(REPLACEMENT_ESCAPE, 0, json, at, REPLACEMENT_ESCAPE.length);
                at += 5;
            } else {
                at++; // the escaped character: the second backslash of "\\" starts nothing
            }
        }
        return json;
    }

    private static final byte[] REPLACEMENT_ESCAPE = "\\uFFFD".getBytes(StandardCharsets.US_ASCII);

    /** The four hex digits at {@code from} as a number, or -1 when there are not four. */
    private static int hex4(byte[] json, int from) {
        if (from + 4 > json.length) {
            return -1;
        }
        int value = 0;
        for (int i = from; i < from + 4; i++) {
            int digit = Character.digit(json[i], 16);
            if (digit < 0) {
                return -1;
            }
            value = value << 4 | digit;
        }
        return value;
    }

    public static <T> T read(String json, Class<T> type) {
        return reading(type, () -> MAPPER.readValue(json, type));
    }

    /**
     * {@link #read(String, Class)} from the UTF-8 bytes a record arrives as, never decoded into a {@code String}: a
     * meeting's payload holds its whole agenda, and a consumer that needs only its heading skips the rest undecoded.
     */
    public static <T> T read(byte[] json, Class<T> type) {
        return reading(type, () -> MAPPER.readValue(utf8(json), type));
    }

    /** A read of JSON held in memory: it can fail on its content only. */
    private interface InMemoryRead<T> {
        T read() throws IOException;
    }

    private static <T> T reading(Class<T> type, InMemoryRead<T> read) {
        try {
            return read.read();
        } catch (JsonParseException e) {
            throw new UnreadableJsonException("not JSON: " + e.getOriginalMessage(), e);
        } catch (JsonProcessingException e) {
            throw new UnreadableJsonException("not a " + type.getSimpleName() + ": " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            // In memory only the content can fail: bytes Jackson took for another encoding and could not decode.
            throw new UnreadableJsonException("not JSON: " + e.getMessage(), e);
        }
    }

    /**
     * The bytes, refused unless they can be UTF-8 JSON: Jackson would take bytes that start with a byte order mark or
     * a NUL for UTF-16 or UTF-32 and read them, where a record's text is UTF-8 (RFC 8259) and its consumers that read
     * it as text would refuse it. UTF-8 JSON has neither: no NUL outside a string, no 0xFE or 0xFF anywhere.
     */
    private static byte[] utf8(byte[] json) {
        boolean otherEncoding = json.length > 0 && (json[0] == 0 || (json[0] & 0xFF) >= 0xFE)
                || json.length > 1 && json[1] == 0;
        if (otherEncoding) {
            throw new UnreadableJsonException("not JSON: not UTF-8 text (a byte order mark or a NUL byte first)", null);
        }
        return json;
    }

    /**
     * An event payload's own {@code schemaVersion} (missing: a {@link MissingNode}) and {@code eventId} (or null).
     *
     * @param schemaVersion the field as it stands, so a refusal can quote it
     */
    public record PayloadHead(JsonNode schemaVersion, String eventId) {
    }

    /**
     * Reads only the top-level {@code schemaVersion} and {@code eventId} of a payload, skipping everything else and
     * stopping once both are found: a consumer checks the version before it reads the payload as that version's record,
     * and building the whole payload as a tree first cost as much as reading it.
     *
     * @throws UnreadableJsonException when the text is not a JSON object as far as it was read
     */
    public static PayloadHead head(String json) {
        // From a Reader, read in small chunks: a parser over the String would copy all of it first (a meeting's
        // payload holds its whole agenda), while this one stops after the first few fields.
        return head(() -> MAPPER.createParser(new StringReader(json)));
    }

    /** {@link #head(String)} of the UTF-8 bytes a record arrives as. */
    public static PayloadHead head(byte[] json) {
        return head(() -> MAPPER.createParser(utf8(json)));
    }

    private static PayloadHead head(InMemoryRead<JsonParser> opening) {
        try (JsonParser parser = opening.read()) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new UnreadableJsonException("payload is not a JSON object", null);
            }
            JsonNode schemaVersion = MissingNode.getInstance();
            String eventId = null;
            while (parser.nextToken() == JsonToken.FIELD_NAME && (schemaVersion.isMissingNode() || eventId == null)) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (name.equals("schemaVersion")) {
                    schemaVersion = MAPPER.readTree(parser);
                } else if (name.equals("eventId") && value == JsonToken.VALUE_STRING) {
                    eventId = parser.getText();
                } else {
                    parser.skipChildren();
                }
            }
            return new PayloadHead(schemaVersion, eventId);
        } catch (JsonProcessingException e) {
            throw new UnreadableJsonException("not JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UnreadableJsonException("not JSON: " + e.getMessage(), e); // see reading
        }
    }

    /** A JSON array of strings, such as a stored list of names. */
    public static List<String> readStrings(String json) {
        try {
            return MAPPER.readValue(json, new TypeReference<List<String>>() { });
        } catch (JsonProcessingException e) {
            throw new UnreadableJsonException("not a list of strings: " + e.getOriginalMessage(), e);
        }
    }

    public static JsonNode tree(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new UnreadableJsonException("not JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** {@link #tree(String)} of UTF-8 bytes. */
    public static JsonNode tree(byte[] json) {
        return reading(JsonNode.class, () -> MAPPER.readTree(utf8(json)));
    }

    public static <T> T convert(JsonNode json, Class<T> type) {
        try {
            return MAPPER.treeToValue(json, type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new UnreadableJsonException("not a " + type.getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    public static JsonNode toTree(Object value) {
        return MAPPER.valueToTree(value);
    }

    /**
     * JSON that {@link #writeUtf8} wrote, to be written again as it is inside another payload: the same JSON as
     * {@link #toTree} of the value would give, without building the tree (a whole case, per change, in a consumer's
     * batch), its bytes copied as they are. It can only be written; it is no object to read fields from.
     */
    public static JsonNode raw(byte[] utf8Json) {
        return JsonNodeFactory.instance.rawValueNode(new RawValue(new Utf8Json(utf8Json)));
    }
}
