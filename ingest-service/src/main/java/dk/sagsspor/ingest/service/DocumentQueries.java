package dk.sagsspor.ingest.service;

import dk.sagsspor.ingest.domain.Document;
import dk.sagsspor.ingest.domain.DocumentStatus;
import dk.sagsspor.ingest.repository.DocumentRepository;
import dk.sagsspor.problems.Paging;
import dk.sagsspor.problems.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Reads the documents received, as the API shows them. */
@ApplicationScoped
public class DocumentQueries {

    /** One page of documents, newest first, and how many there are in all. */
    public record DocumentsPage(List<Document> items, long total) {
    }

    /**
     * A document's bytes exactly as received, the media type they came as, and the file name they came with.
     * Only the types this service reads (PDF, text, Markdown: none runs a script in a browser) are served as what
     * they are; anything else (a kept HTML page, a document with no type) is served as bytes to download, so a link
     * to it cannot run in the reader's browser.
     */
    public record StoredContent(String mediaType, String filename, byte[] bytes) {

        /** Whether a browser may show it. */
        public boolean inline() {
            return MediaTypes.SUPPORTED.contains(mediaType);
        }

        /** The Content-Type to serve it as. */
        public String servedType() {
            return inline() ? mediaType : MediaTypes.UNDECLARED;
        }

        /** The Content-Disposition of a download: its file name, if any, RFC 8187-encoded, so no byte of it breaks the header. */
        public String attachment() {
            return filename == null ? "attachment" : "attachment; filename*=UTF-8''" + StoredText.percentEncoded(filename);
        }
    }

    @Inject
    DocumentRepository documents;

    /** @throws ProblemException invalid-parameter when page or size is out of range */
    public DocumentsPage page(DocumentStatus status, OffsetDateTime modifiedSince, int page, int size) {
        Paging.check(page, size);
        return new DocumentsPage(documents.page(status, modifiedSince, page, size), documents.count(status, modifiedSince));
    }

    /** @throws ProblemException invalid-parameter for an id that is not a UUID, not-found for an unknown one */
    public Document find(String documentId) {
        UUID id;
        try {
            id = UUID.fromString(documentId);
        } catch (IllegalArgumentException malformed) {
            throw ProblemException.invalidParameter(
                    "'" + documentId + "' is not a document id (a UUID such as 3f2b…).");
        }
        return documents.findByIdOptional(id).orElseThrow(() ->
                ProblemException.notFound("No document with id " + id + "."));
    }

    /** In a transaction because the bytes are loaded lazily, when first read. */
    @Transactional
    public StoredContent content(String documentId) {
        Document document = find(documentId);
        return new StoredContent(document.mediaType, document.filename, document.content);
    }
}
