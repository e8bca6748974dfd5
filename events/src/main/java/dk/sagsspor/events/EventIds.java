package dk.sagsspor.events;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Deterministic event ids.
 *
 * <p>Ingesting the same document content twice (a retry, a redelivery, a re-run after a crash)
 * must produce the same event ids, so consumers can drop duplicates by id instead of keeping
 * extra state. The id is therefore a name-based (type 3) UUID computed from the parts that
 * identify the event, e.g. {@code deterministic(EventTypes.AGENDA_ITEM_DECIDED_V1, documentSha256, "4")},
 * never a random one.
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
