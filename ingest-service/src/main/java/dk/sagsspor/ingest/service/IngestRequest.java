package dk.sagsspor.ingest.service;

import java.nio.charset.Charset;

/**
 * A document as it arrived.
 *
 * @param content   the raw bytes
 * @param mediaType the declared media type without parameters, lower case (e.g. {@code text/plain})
 * @param charset   the declared charset, or null when none was declared (then it is detected)
 * @param filename  the file name from Content-Disposition, when given
 * @param sender    who sent it: the subject of the request's bearer token; null until {@link #sentBy} says
 */
public record IngestRequest(byte[] content, String mediaType, Charset charset, String filename, String sender) {

    public IngestRequest(byte[] content, String mediaType, Charset charset, String filename) {
        this(content, mediaType, charset, filename, null);
    }

    /** The same request, sent by {@code subject}. */
    public IngestRequest sentBy(String subject) {
        return new IngestRequest(content, mediaType, charset, filename, subject);
    }
}
