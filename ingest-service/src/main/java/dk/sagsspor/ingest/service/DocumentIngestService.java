package dk.sagsspor.ingest.service;

import com.fasterxml.jackson.databind.JsonNode;
import dk.sagsspor.ingest.domain.Document;
import dk.sagsspor.ingest.domain.DocumentStatus;
import dk.sagsspor.ingest.domain.Meeting;
import dk.sagsspor.ingest.repository.DocumentRepository;
import dk.sagsspor.ingest.repository.MeetingRepository;
import dk.sagsspor.ingest.service.IngestOutcome.Result;
import dk.sagsspor.minutes.MinutesParser;
import dk.sagsspor.minutes.ParseResult;
import dk.sagsspor.outbox.Outbox;
import dk.sagsspor.events.EventEnvelope;
import dk.sagsspor.events.EventJson;
import dk.sagsspor.minutesevents.EventFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Receives documents. In one transaction it keeps the document, records the new version of its meeting and writes
 * the events to the outbox, so a document and its events are stored together or not at all.
 */
@ApplicationScoped
public class DocumentIngestService {

    private final DocumentRepository documents;
    private final MeetingRepository meetings;
    private final Outbox outbox;
    private final MinutesParser parser = new MinutesParser();

    DocumentIngestService(DocumentRepository documents, MeetingRepository meetings, Outbox outbox) {
        this.documents = documents;
        this.meetings = meetings;
        this.outbox = outbox;
    }

    @Transactional
    public IngestOutcome ingest(IngestRequest request) {
        String sha256 = Sha256.hex(request.content());
        Optional<Document> seen = documents.findAccepted(sha256);
        if (seen.isPresent()) {
            return new IngestOutcome(Result.DUPLICATE, seen.get(), itemCount(seen.get()), 0);
        }
        Optional<Document> rejectedBefore = documents.findRejected(sha256, request.mediaType());
        if (rejectedBefore.isPresent()) {
            return new IngestOutcome(Result.REJECTED, rejectedBefore.get(), 0, 0);
        }
        ParseResult result = parse(request);
        if (result.isRejected()) {
            return new IngestOutcome(Result.REJECTED, keepRejected(request, sha256, result.reason()), 0, 0);
        }
        return accept(request, sha256, result);
    }

    /** Keeps a document of a type we do not read, so it is not lost, and says why it was refused. */
    @Transactional
    public Document keepUnsupported(IngestRequest request, String reason) {
        String sha256 = Sha256.hex(request.content());
        return documents.findRejected(sha256, request.mediaType())
                .orElseGet(() -> keepRejected(request, sha256, reason));
    }

    private IngestOutcome accept(IngestRequest request, String sha256, ParseResult result) {
        Document document = newDocument(request, sha256, UUID.nameUUIDFromBytes(("document:" + sha256).getBytes(StandardCharsets.UTF_8)));
        document.status = DocumentStatus.ACCEPTED;
        document.kind = result.kind().name();
        document.parseResult = EventJson.write(result);

        String meetingId = Meeting.idOf(result.body().id(), result.startsAt().toLocalDate());
        Meeting meeting = meetings.findForUpdate(meetingId).orElse(null);
        String supersedes = meeting == null ? null : meeting.currentDocumentId.toString();
        int version = meeting == null ? 1 : meeting.currentVersion + 1;
        document.meetingId = meetingId;
        document.meetingVersion = version;
        documents.persist(document);

        if (meeting == null) {
            meeting = new Meeting();
            meeting.id = meetingId;
            meeting.bodyId = result.body().id();
            meeting.meetingDate = result.startsAt().toLocalDate();
        }
        meeting.currentVersion = version;
        meeting.currentDocumentId = document.id;
        meeting.updatedAt = document.receivedAt;
        meetings.persist(meeting);

        List<EventEnvelope> events = EventFactory.eventsOf(result, new EventFactory.Source(document.id.toString(),
                sha256, meetingId, version, supersedes, document.receivedAt));
        events.forEach(outbox::enqueue);
        return new IngestOutcome(Result.CREATED, document, result.items().size(), events.size());
    }

    private Document keepRejected(IngestRequest request, String sha256, String reason) {
        Document document = newDocument(request, sha256,
                UUID.nameUUIDFromBytes(("document:" + sha256 + ":" + request.mediaType()).getBytes(StandardCharsets.UTF_8)));
        document.status = DocumentStatus.REJECTED;
        document.reason = reason;
        documents.persist(document);
        return document;
    }

    private Document newDocument(IngestRequest request, String sha256, UUID id) {
        Document document = new Document();
        document.id = id;
        document.sha256 = sha256;
        document.mediaType = request.mediaType();
        document.filename = request.filename();
        document.sizeBytes = request.content().length;
        document.content = request.content();
        document.receivedAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        return document;
    }

    private ParseResult parse(IngestRequest request) {
        // Valid UTF-8 is read as UTF-8 whatever was declared; a declared single-byte charset reads the rest.
        boolean singleByte = request.charset() != null && !StandardCharsets.UTF_8.equals(request.charset());
        return singleByte ? parser.parse(request.content(), request.charset()) : parser.parse(request.content());
    }

    private static int itemCount(Document document) {
        JsonNode parseResult = document.parseResultTree();
        return parseResult == null ? 0 : parseResult.path("items").size();
    }
}
