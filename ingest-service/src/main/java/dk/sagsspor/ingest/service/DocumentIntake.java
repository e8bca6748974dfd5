package dk.sagsspor.ingest.service;

import dk.sagsspor.ingest.config.IngestConfig;
import dk.sagsspor.ingest.domain.Document;
import dk.sagsspor.ingest.service.IngestOutcome.Result;
import dk.sagsspor.problems.ProblemException;
import dk.sagsspor.problems.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;

/**
 * What POST /documents does: checks the upload, keeps it whatever it is, ingests it, and refuses what it cannot read
 * with a problem that says where the kept document is. Outside any transaction, so a raced one can be tried again.
 */
@ApplicationScoped
public class DocumentIntake {

    private final DocumentIngestService ingest;
    private final UploadChecks checks;

    DocumentIntake(DocumentIngestService ingest, IngestConfig config) {
        this.ingest = ingest;
        this.checks = new UploadChecks(config.maxDocumentSize().asLongValue());
    }

    /**
     * @return CREATED for new minutes, DUPLICATE for content accepted before
     * @throws ProblemException payload-too-large (not kept), unsupported-media-type or document-rejected (both kept)
     */
    public IngestOutcome receive(byte[] body, String contentType, String disposition) {
        Upload upload = checks.check(body, contentType, disposition);
        if (!upload.isReadable()) {
            Document kept = ingest.keepUnsupported(upload.request(), upload.unsupportedReason());
            throw keptButRefused(kept, ProblemType.UNSUPPORTED_MEDIA_TYPE, upload.unsupportedReason());
        }
        IngestOutcome outcome = ingestOnce(upload.request());
        if (outcome.result() == Result.REJECTED) {
            throw keptButRefused(outcome.document(), ProblemType.DOCUMENT_REJECTED, outcome.document().reason);
        }
        return outcome;
    }

    private IngestOutcome ingestOnce(IngestRequest request) {
        try {
            return ingest.ingest(request);
        } catch (PersistenceException raced) {
            // The same document or meeting was stored by a concurrent request; the retry, in a new transaction, sees it.
            return ingest.ingest(request);
        }
    }

    /** A refusal that still kept the document: the problem says where to find it. */
    private static ProblemException keptButRefused(Document document, ProblemType type, String detail) {
        return new ProblemException(type, detail)
                .with("documentId", document.id.toString())
                .with("sha256", document.sha256)
                .with("documentStatus", document.status.name());
    }
}
