package dk.sagsspor.ingest.service;

import dk.sagsspor.problems.ProblemException;
import dk.sagsspor.problems.ProblemType;
import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a posted document must be before it is parsed: within the size limit, of a type and charset we read; and the
 * file name it came with, as it can be stored. Plain Java, so each rule is tested as a table without a server.
 */
public final class UploadChecks {

    /** document.media_type is varchar(200); no type we read comes near it. */
    static final int MAX_CONTENT_TYPE = 200;

    /** {@code filename="a b.pdf"} or {@code filename=a.pdf} (a quote left open is forgiven). */
    private static final Pattern FILENAME = Pattern.compile("filename=(?:\"([^\"]*)\"|\"?([^\";]*))",
            Pattern.CASE_INSENSITIVE);
    /** RFC 8187 {@code filename*=UTF-8'da'm%C3%B8de.pdf}: charset, optional language, percent-encoded bytes. */
    private static final Pattern EXTENDED_FILENAME = Pattern.compile("filename\\*=([^';]+)'[^';]*'([^;\\s]+)",
            Pattern.CASE_INSENSITIVE);
    /** The only charsets RFC 8187 requires of filename*. */
    private static final Map<String, Charset> EXTENDED_CHARSETS = Map.of(
            "utf-8", StandardCharsets.UTF_8, "iso-8859-1", StandardCharsets.ISO_8859_1);

    private final long maxBytes;

    public UploadChecks(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /**
     * @param body        the request body; null when there is none
     * @param contentType the Content-Type header; null when absent
     * @param disposition the Content-Disposition header; null when absent
     * @throws ProblemException payload-too-large when the body is over the limit; such a body is not kept
     */
    /** @throws ProblemException payload-too-large when {@code bytes} is over the limit */
    public void checkSize(long bytes) {
        if (bytes > maxBytes) {
            throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, String.format(Locale.ROOT,
                    "The document is %,d bytes; the limit is %,d bytes.", bytes, maxBytes));
        }
    }

    public Upload check(byte[] body, String contentType, String disposition) {
        byte[] content = body == null ? new byte[0] : body;
        checkSize(content.length);
        String filename = StoredText.fileName(filename(disposition));
        if (contentType != null && contentType.length() > MAX_CONTENT_TYPE) {
            return Upload.unsupported(new IngestRequest(content, MediaTypes.UNDECLARED, null, filename),
                    "The Content-Type is " + contentType.length() + " characters long; the limit is "
                            + MAX_CONTENT_TYPE + ". Send " + MediaTypes.SUPPORTED_TEXT + ".");
        }
        MediaTypes.Declared declared = MediaTypes.parse(contentType);
        if (declared == null) {
            return Upload.unsupported(new IngestRequest(content, MediaTypes.UNDECLARED, null, filename),
                    "The request has no Content-Type. Send " + MediaTypes.SUPPORTED_TEXT + ".");
        }
        if (!declared.supported()) {
            return Upload.unsupported(new IngestRequest(content, declared.type(), null, filename),
                    "Content-Type " + declared.type() + " is not read here. Send " + MediaTypes.SUPPORTED_TEXT + ".");
        }
        if (declared.charsetUnread()) {
            return Upload.unsupported(new IngestRequest(content, declared.type(), null, filename), "The charset "
                    + declared.charsetName() + " is not read here. Send " + MediaTypes.SUPPORTED_CHARSETS_TEXT + ".");
        }
        return Upload.readable(new IngestRequest(content, declared.type(), declared.charset().orElse(null), filename));
    }

    /**
     * The file name as the client gave it, or null. It is only stored and shown, never used as a path, so a name
     * such as {@code ../x.pdf} is kept as it is. RFC 6266: filename* wins over filename when both are given.
     */
    private static String filename(String disposition) {
        if (disposition == null) {
            return null;
        }
        Matcher extended = EXTENDED_FILENAME.matcher(disposition);
        if (extended.find()) {
            String decoded = percentDecoded(extended.group(2), extended.group(1));
            if (decoded != null) {
                return decoded;
            }
        }
        Matcher plain = FILENAME.matcher(disposition);
        if (!plain.find()) {
            return null;
        }
        String name = (plain.group(1) != null ? plain.group(1) : plain.group(2)).strip();
        return name.isEmpty() ? null : name;
    }

    /** @return null when the charset is not one filename* may use or the encoding is broken */
    private static String percentDecoded(String value, String charsetName) {
        Charset charset = EXTENDED_CHARSETS.get(charsetName.toLowerCase(Locale.ROOT));
        if (charset == null) {
            return null;
        }
        try {
            // URLDecoder reads '+' as a space, which RFC 8187 does not: keep it a plus.
            return URLDecoder.decode(value.replace("+", "%2B"), charset);
        } catch (IllegalArgumentException brokenEncoding) {
            return null;
        }
    }
}
