package dk.sagsspor.ingest.service;

import dk.sagsspor.ingest.config.IngestConfig;
import dk.sagsspor.ingest.domain.Document;
import dk.sagsspor.ingest.service.IngestOutcome.Result;
import dk.sagsspor.minutes.ParseResult;
import dk.sagsspor.problems.ProblemException;
import dk.sagsspor.problems.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;

/**
 * What POST /documents does: checks the upload, keeps it whatever it is, parses it (on the bounded pool, outside any
 * transaction) unless the content is known, stores it, and refuses what it cannot read with a problem that says
 * where the kept document is. Outside any transaction, so a raced store can be tried again.
 */
@ApplicationScoped
public class DocumentIntake {

    private final DocumentIngestService ingest;
    private final MinutesParsing parsing;
    private final UploadChecks checks;

    DocumentIntake(DocumentIngestService ingest, MinutesParsing parsing, IngestConfig config) {
        this.ingest = ingest;
        this.parsing = parsing;
        this.checks = new UploadChecks(config.maxDocumentSize().asLongValue());
    }

    /**
     * @param sender who sent it (the token's subject), kept with a document stored for the first time
     * @return CREATED for new minutes, DUPLICATE for content accepted before, REINSTATED for a withdrawn one
     * @throws ProblemException payload-too-large (not kept), unsupported-media-type or document-rejected (both kept),
     *                          unavailable (every parser busy: nothing kept, try again)
     */
    public IngestOutcome receive(byte[] body, String contentType, String disposition, String sender) {
        Upload upload = checks.check(body, contentType, disposition);
        IngestRequest request = upload.request().sentBy(sender);
        if (!upload.isReadable()) {
            Document kept = ingest.keepUnsupported(request, upload.unsupportedReason());
            throw keptButRefused(kept, ProblemType.UNSUPPORTED_MEDIA_TYPE, upload.unsupportedReason());
        }
        String sha256 = Sha256.hex(request.content());
        IngestOutcome outcome = ingest.knownIfStored(request, sha256)
                .orElseGet(() -> storeOnce(request, sha256, parsing.parse(request)));
        if (outcome.result() == Result.REJECTED) {
            throw keptButRefused(outcome.document(), ProblemType.DOCUMENT_REJECTED, outcome.document().reason);
        }
        return outcome;
    }

    /**
     * The same bytes (or the same meeting) posted at once by several requests: all but one transaction fail on a
     * unique key. The store is tried again in a new transaction, which first looks for what the winner stored.
     */
    private IngestOutcome storeOnce(IngestRequest request, String sha256, ParseResult result) {
        for (int attempt = 1; ; attempt++) {
            try {
                return attempt == 1 ? ingest.store(request, sha256, result)
                        : ingest.storeUnlessKnown(request, sha256, result);
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
