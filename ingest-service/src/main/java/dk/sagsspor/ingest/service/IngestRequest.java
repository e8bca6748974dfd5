package dk.sagsspor.ingest.service;

import java.nio.charset.Charset;

/**
 * A document as it arrived.
 *
 * @param content   the raw bytes
 * @param mediaType the declared media type without parameters, lower case (e.g. {@code text/plain})
 * @param charset   the declared charset, or null when none was declared (then it is detected)
 * @param filename  the file name from Content-Disposition, when given
 */
public record IngestRequest(byte[] content, String mediaType, Charset charset, String filename) {
}
