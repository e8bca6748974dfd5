package dk.sagsspor.ingest.service;

import dk.sagsspor.ingest.config.IngestConfig;
import dk.sagsspor.ingest.domain.Document;
import dk.sagsspor.ingest.service.IngestOutcome.Result;
import dk.sagsspor.problems.ProblemException;
import dk.sagsspor.problems.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * What POST /documents and POST /documents/batch do: check each upload, keep it whatever it is, parse it (on the
 * bounded pool, outside any transaction) unless the content is known, store it, and refuse what cannot be read with a
 * problem that says where the kept document is. Outside any transaction, so a raced store can be tried again.
 */
@ApplicationScoped
public class DocumentIntake {

    private final DocumentIngestService ingest;
    private final MinutesParsing parsing;
    /** A batch's new documents stored together at most (see {@link #receiveAll}). */
    static final int DOCUMENTS_A_TRANSACTION = 25;
    static final long CONTENT_BYTES_A_TRANSACTION = 4L << 20;
    private static final Logger LOG = Logger.getLogger(DocumentIntake.class);

    private final UploadChecks checks;
    private final int maxBatchDocuments;

    DocumentIntake(DocumentIngestService ingest, MinutesParsing parsing, IngestConfig config) {
        this.ingest = ingest;
        this.parsing = parsing;
        this.checks = new UploadChecks(config.maxDocumentSize().asLongValue());
        this.maxBatchDocuments = config.batch().maxDocuments();
    }

    /**
     * @param sender who sent it (the token's subject), kept with a document stored for the first time
     * @return CREATED for new minutes, DUPLICATE for content accepted before, REINSTATED for a withdrawn one
     * @throws ProblemException payload-too-large (not kept), unsupported-media-type or document-rejected (both kept),
     *                          unavailable (every parser busy: nothing kept, try again)
     */
    public IngestOutcome receive(byte[] body, String contentType, String disposition, String sender) {
        Prepared prepared = prepare(body, contentType, disposition, sender, null);
        return accepted(prepared.known() != null ? prepared.known() : storeOnce(prepared.parsed()));
    }

    /** What became of one document of a batch: its outcome, or the problem it met (a kept one's names where it is). */
    public record Received(IngestOutcome outcome, ProblemException problem) {
    }

    /**
     * {@link #receiveAll} for a multipart body, one document a part.
     *
     * @throws ProblemException unsupported-media-type when the body is not multipart, invalid-body when it is not
     *                          well formed or holds more documents than {@code sagsspor.ingest.batch.max-documents}
     *                          (nothing of it is kept then: it is not read as documents)
     */
    public List<Received> receiveBatch(byte[] body, String contentType, String sender) {
        return receiveAll(MultipartDocuments.parse(body, contentType, maxBatchDocuments), sender);
    }

    /**
     * A batch: each part is checked, kept and parsed as {@link #receive} does one document, in order, and answered as
     * that document alone would be; the new ones are stored in one transaction per {@value #DOCUMENTS_A_TRANSACTION}
     * documents or {@value #CONTENT_BYTES_A_TRANSACTION} bytes (one commit for many instead of one a document; the
     * bound keeps what waits in memory to about what as many single posts hold). Should such a transaction fail (a
     * unique key raced by the same content posted at once elsewhere, or one document the database refuses), each of
     * its documents is stored on its own, so one cannot keep the others out.
     *
     * @return per part, in order, its outcome or its problem (payload-too-large, unsupported-media-type,
     *         document-rejected; unavailable when every parser was busy, internal-error when it could not be stored:
     *         those two kept nothing and can be sent again)
     */
    public List<Received> receiveAll(List<MultipartDocuments.Part> parts, String sender) {
        Received[] received = new Received[parts.size()];
        List<Integer> positions = new ArrayList<>();
        List<DocumentIngestService.Parsed> parsed = new ArrayList<>();
        long parsedBytes = 0;
        Set<String> parsedContent = new HashSet<>();
        List<Integer> repeats = new ArrayList<>();
        String[] sha256 = new String[parts.size()];
        for (int i = 0; i < parts.size(); i++) {
            MultipartDocuments.Part part = parts.get(i);
            sha256[i] = Sha256.hex(part.content());
            if (parsedContent.contains(sha256[i])) {
                repeats.add(i); // stored together with the first, it would fail the batch's unique key: answered after
                continue;
            }
            Prepared prepared = prepareOrRefuse(part, sha256[i], sender, received, i);
            if (prepared != null && prepared.known() == null) {
                positions.add(i);
                parsed.add(prepared.parsed());
                parsedContent.add(sha256[i]);
                parsedBytes += part.content().length;
                if (parsed.size() == DOCUMENTS_A_TRANSACTION || parsedBytes >= CONTENT_BYTES_A_TRANSACTION) {
                    storeTogether(parsed, positions, received);
                    parsed.clear();
                    positions.clear();
                    parsedBytes = 0;
                }
            }
        }
        storeTogether(parsed, positions, received);
        for (int i : repeats) {
            Prepared prepared = prepareOrRefuse(parts.get(i), sha256[i], sender, received, i);
            if (prepared != null && prepared.known() == null) {
                // Known now, unless the first was rejected as another media type: then this one is stored on its own.
                received[i] = storedAlone(prepared.parsed());
            }
        }
        return List.of(received);
    }

    /**
     * {@link #prepare} for part {@code i}; content known before is answered into {@code received} at once, as is a
     * refusal (null returned then), a busy parser's among them: that part alone can be sent again.
     */
    private Prepared prepareOrRefuse(MultipartDocuments.Part part, String sha256, String sender, Received[] received,
                                     int i) {
        try {
            Prepared prepared = prepare(part.content(), part.contentType(), part.disposition(), sender, sha256);
            if (prepared.known() != null) {
                received[i] = answer(prepared.known());
            }
            return prepared;
        } catch (ProblemException problem) {
            received[i] = new Received(null, problem);
            return null;
        }
    }

    /** Stores the parsed documents in one transaction, else each on its own; answers each into its position. */
    private void storeTogether(List<DocumentIngestService.Parsed> parsed, List<Integer> positions,
                               Received[] received) {
        if (parsed.size() > 1) {
            try {
                List<IngestOutcome> stored = ingest.storeAll(parsed);
                for (int k = 0; k < stored.size(); k++) {
                    received[positions.get(k)] = answer(stored.get(k));
                }
                return;
            } catch (RuntimeException failure) {
                LOG.warnf("%d documents of a batch could not be stored together, so each is stored on its own: %s",
                        parsed.size(), failure.toString());
            }
        }
        for (int k = 0; k < parsed.size(); k++) {
            received[positions.get(k)] = storedAlone(parsed.get(k));
        }
    }

    /** One document of a batch stored as {@link #receive} stores it; a failure is its answer, not the batch's. */
    private Received storedAlone(DocumentIngestService.Parsed document) {
        try {
            return answer(storeOnce(document));
        } catch (ProblemException problem) {
            return new Received(null, problem);
        } catch (RuntimeException failure) {
            LOG.errorf(failure, "Document %s of a batch could not be stored", document.sha256());
            return new Received(null, new ProblemException(ProblemType.INTERNAL_ERROR, "This document could not be "
                    + "stored, and nothing of it was kept; the other parts' answers stand. Send it again."));
        }
    }

    private static Received answer(IngestOutcome outcome) {
        try {
            return new Received(accepted(outcome), null);
        } catch (ProblemException rejected) {
            return new Received(null, rejected);
        }
    }

    /** A document checked, kept when of a type not read, and either known before or parsed. */
    private record Prepared(IngestOutcome known, DocumentIngestService.Parsed parsed) {
    }

    /** @param knownSha256 the body's SHA-256 when already computed, else null */
    private Prepared prepare(byte[] body, String contentType, String disposition, String sender, String knownSha256) {
        Upload upload = checks.check(body, contentType, disposition);
        IngestRequest request = upload.request().sentBy(sender);
        if (!upload.isReadable()) {
            Document kept = ingest.keepUnsupported(request, upload.unsupportedReason());
            throw keptButRefused(kept, ProblemType.UNSUPPORTED_MEDIA_TYPE, upload.unsupportedReason());
        }
        String sha256 = knownSha256 != null ? knownSha256 : Sha256.hex(request.content());
        return ingest.knownIfStored(request, sha256).map(known -> new Prepared(known, null))
                .orElseGet(() -> new Prepared(null,
                        new DocumentIngestService.Parsed(request, sha256, parsing.parse(request))));
    }

    /** The outcome, unless the document was rejected: then the problem that says so and where it is kept. */
    private static IngestOutcome accepted(IngestOutcome outcome) {
        if (outcome.result() == Result.REJECTED) {
            throw keptButRefused(outcome.document(), ProblemType.DOCUMENT_REJECTED, outcome.document().reason);
        }
        return outcome;
    }

    /**
     * The same bytes (or the same meeting) posted at once by several requests: all but one transaction fail on a
     * unique key. The store is tried again in a new transaction, which first looks for what the winner stored.
     */
    private IngestOutcome storeOnce(DocumentIngestService.Parsed document) {
        IngestRequest request = document.request();
        for (int attempt = 1; ; attempt++) {
            try {
                return attempt == 1 ? ingest.store(request, document.sha256(), document.result())
                        : ingest.storeUnlessKnown(request, document.sha256(), document.result());
            } catch (RuntimeException failure) {
                if (attempt == 3 || !raced(failure)) {
                    throw failure;
                }
            }
        }
    }

    /** A unique key taken by a concurrent transaction, however the transaction layer wrapped it. */
    private static boolean raced(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof PersistenceException || cause instanceof org.hibernate.exception.ConstraintViolationException
                    || cause instanceof java.sql.SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** A refusal that still kept the document: the problem says where to find it. */
    private static ProblemException keptButRefused(Document document, ProblemType type, String detail) {
        return new ProblemException(type, detail)
                .with("documentId", document.id.toString())
                .with("sha256", document.sha256)
                .with("documentStatus", document.status.name());
    }
}
