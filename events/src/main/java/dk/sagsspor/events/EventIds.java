package dk.sagsspor.events;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Deterministic event ids.
 *
 * <p>Ingesting the same document content twice (a retry, a re-run after a crash) must produce the same event ids, so
 * the consumers' message log (module outbox) recognises the second as a redelivery and applies nothing. The id is
 * therefore a name-based (type 3) UUID computed from the parts that identify the event: the topic and what caused it,
 * e.g. {@code deterministic(Topics.AGENDA_ITEM_DECIDED, documentSha256, "4")} for item 4 of a document, or
 * {@code deterministic(Topics.CASE_UPDATED, caseNumber, causingEventId)}; never a random one.
 */
public final class EventIds {
    private static final String SEPARATOR = "\u001f"; // ASCII unit separator: cannot occur in normal text

    private EventIds() {
    }

    /** A UUID string that depends only on {@code parts} (joined with U+001F, UTF-8 encoded). */
    public static String deterministic(String... parts) {
        String joined = String.join(SEPARATOR, parts);
        return UUID.nameUUIDFromBytes(joined.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
