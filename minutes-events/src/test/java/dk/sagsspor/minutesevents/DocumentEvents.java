package dk.sagsspor.minutesevents;

import dk.sagsspor.events.AgendaItemDecidedV1;
import dk.sagsspor.events.EventEnvelope;
import dk.sagsspor.events.MeetingPublishedV1;
import dk.sagsspor.minutes.MinutesParser;
import dk.sagsspor.minutes.ParseResult;
import dk.sagsspor.minutes.Seeds;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/** The events ingest-service publishes for a document, made the same way in a test (ids included). */
public final class DocumentEvents {

    private DocumentEvents() {
    }

    public static List<AgendaItemDecidedV1> ofSeed(String seed) {
        return of(Seeds.bytes(seed), 1);
    }

    /** Minutes written for a module's tests, in its src/test/resources/minutes. */
    public static List<AgendaItemDecidedV1> ofResource(String name) {
        return of(resource(name), 1);
    }

    /** @param version the meeting version, as ingest-service numbers another file of the same meeting */
    public static List<AgendaItemDecidedV1> of(byte[] document, int version) {
        return envelopes(document, version).stream().map(EventEnvelope::payload)
                .filter(AgendaItemDecidedV1.class::isInstance).map(AgendaItemDecidedV1.class::cast).toList();
    }

    /** The meeting-published event of a document. */
    public static MeetingPublishedV1 meetingOf(byte[] document, int version) {
        return meetingOf(document, version, version);
    }

    /** The meeting-published event of a document published at a revision (after a withdrawal, say). */
    public static MeetingPublishedV1 meetingOf(byte[] document, int version, int revision) {
        return (MeetingPublishedV1) envelopes(document, version, revision).get(0).payload();
    }

    private static byte[] resource(String name) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream("minutes/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource minutes/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<EventEnvelope> envelopes(byte[] document, int version) {
        return envelopes(document, version, version);
    }

    private static List<EventEnvelope> envelopes(byte[] document, int version, int revision) {
        ParseResult result = new MinutesParser().parse(document);
        if (result.isRejected()) {
            throw new IllegalArgumentException("not minutes: " + result.reason());
        }
        String sha256 = sha256(document) + (version > 1 ? "-v" + version : "");
        String meetingId = result.body().id() + "-" + result.startsAt().toLocalDate();
        String documentId = UUID.nameUUIDFromBytes(("document:" + sha256).getBytes(StandardCharsets.UTF_8)).toString();
        EventFactory.Source source = new EventFactory.Source(documentId, sha256, meetingId, version, revision, null,
                OffsetDateTime.parse("2026-01-05T10:00:00Z"));
        return EventFactory.eventsOf(result, source);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
