package dk.sagsspor.ingest.service;

/**
 * A posted document after {@link UploadChecks}: either one the parser reads, or one of a type or charset it does not
 * read, which is still kept and then refused with the reason.
 *
 * @param request           the document as it arrived
 * @param unsupportedReason why it is not read, in words for the client; null when it is read
 */
public record Upload(IngestRequest request, String unsupportedReason) {

    static Upload readable(IngestRequest request) {
        return new Upload(request, null);
    }

    static Upload unsupported(IngestRequest request, String reason) {
        return new Upload(request, reason);
    }

    public boolean isReadable() {
        return unsupportedReason == null;
    }
}
