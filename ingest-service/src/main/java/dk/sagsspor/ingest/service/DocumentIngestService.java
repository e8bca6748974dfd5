package dk.sagsspor.ingest.service;

import com.fasterxml.jackson.databind.JsonNode;
import dk.sagsspor.ingest.domain.Document;
import dk.sagsspor.ingest.domain.DocumentStatus;
import dk.sagsspor.ingest.domain.Meeting;
import dk.sagsspor.ingest.repository.DocumentRepository;
import dk.sagsspor.ingest.service.IngestOutcome.Result;
import dk.sagsspor.minutes.ParseResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Stores documents. In one transaction it keeps the document, records the new version of its meeting and writes
 * the events to the outbox (MeetingVersions), so a document and its events are stored together or not at all. The
 * same bytes as a withdrawn document reinstate it. Parsing happens before, outside any transaction
 * ({@link MinutesParsing}), so no pooled connection waits for a parser.
 */
@ApplicationScoped
public class DocumentIngestService {

    @Inject
    DocumentRepository documents;
    @Inject
    MeetingVersions versions;

    /**
     * What these bytes were before, if anything: a duplicate, a withdrawn document (now reinstated) or a rejection.
     * Asked before parsing, so known content is never parsed again.
     */
    @Transactional
    public Optional<IngestOutcome> known(IngestRequest request, String sha256) {
        return documents.findKnown(sha256, request.mediaType()).map(seen -> switch (seen.status) {
            case WITHDRAWN -> reinstate(seen);
            case REJECTED -> new IngestOutcome(Result.REJECTED, seen, 0, 0);
            default -> new IngestOutcome(Result.DUPLICATE, seen, itemCount(seen), 0);
        });
    }

    /**
     * {@link #known}, asked only when some document has these bytes at all (a probe outside any transaction): new
     * content, nearly every upload of a backfill, costs one index lookup and no transaction.
     */
    public Optional<IngestOutcome> knownIfStored(IngestRequest request, String sha256) {
        return documents.anyWithSha256(sha256) ? known(request, sha256) : Optional.empty();
    }

    /**
     * Stores a parsed document whose content was not {@link #known} when asked: accepted with its meeting version and
     * events, or kept as rejected with the reason. Not asked again here: content another request stored meanwhile
     * makes the insert fail on a unique key (a document's id is made from its content, and accepted content exists
     * once), and the caller then asks {@link #storeUnlessKnown} in a new transaction.
     */
    @Transactional
    public IngestOutcome store(IngestRequest request, String sha256, ParseResult result) {
        if (result.isRejected()) {
            return new IngestOutcome(Result.REJECTED, keepRejected(request, sha256, result.reason()), 0, 0);
        }
        return accept(request, sha256, result);
    }

    /** A document parsed and ready to {@link #store}. */
    public record Parsed(IngestRequest request, String sha256, ParseResult result) {
    }

    /**
     * {@link #store} for each document, in order, in one transaction: a batch's documents, their meeting versions and
     * events are committed together, for one commit instead of one a document. Any failure rolls all back;
     * {@link DocumentIntake} then stores each document on its own.
     */
    @Transactional
    public List<IngestOutcome> storeAll(List<Parsed> documents) {
        return documents.stream().map(d -> store(d.request(), d.sha256(), d.result())).toList();
    }

    /** {@link #store}, unless another request stored the same content meanwhile: then what that made of it. */
    @Transactional
    public IngestOutcome storeUnlessKnown(IngestRequest request, String sha256, ParseResult result) {
        return known(request, sha256).orElseGet(() -> store(request, sha256, result));
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
        document.parsedAs(result);

        String meetingId = Meeting.idOf(result.body().id(), result.startsAt().toLocalDate());
        Meeting meeting = versions.lock(meetingId, result);
        document.meetingId = meetingId;
        document.meetingVersion = versions.nextVersion(meeting);
        documents.persist(document);
        documents.flush();
        int events = versions.settleAdded(meeting, document);
        return new IngestOutcome(Result.CREATED, document, result.items().size(), events);
    }

    /** The same bytes as a withdrawn document: it counts again, and its meeting version with it. */
    private IngestOutcome reinstate(Document document) {
        ParseResult result = document.parsed();
        Meeting meeting = versions.lock(document.meetingId, result);
        document.status = DocumentStatus.ACCEPTED;
        document.withdrawnAt = null;
        document.withdrawalReason = null;
        document.withdrawnBy = null;
        document.modifiedAt = now();
        documents.flush();
        int events = versions.settle(meeting, MeetingVersions.Change.CORRECTED, null);
        return new IngestOutcome(Result.REINSTATED, document, result.items().size(), events);
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
        document.receivedBy = request.sender();
        document.sizeBytes = request.content().length;
        document.content = request.content();
        document.receivedAt = now();
        document.modifiedAt = document.receivedAt;
        return document;
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }

    private static int itemCount(Document document) {
        JsonNode parseResult = document.parseResultTree();
        return parseResult == null ? 0 : parseResult.path("items").size();
    }
}
