package dk.sagsspor.ingest.service;

import dk.sagsspor.problems.ProblemException;
import dk.sagsspor.problems.ProblemType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The documents of a multipart body (RFC 2046 §5.1, as {@code multipart/form-data} of RFC 7578 and {@code
 * multipart/mixed} use it): each part's Content-Type and Content-Disposition headers and its bytes, exactly as sent.
 * Plain Java, so each rule is tested as a table without a server. Linear in the body's size whatever it holds: the
 * delimiter is found with Knuth-Morris-Pratt, so a body full of near-delimiters costs no more than any other.
 */
public final class MultipartDocuments {

    /** A part's headers may take this many bytes; a document's metadata never comes near it. */
    static final int MAX_HEADER_BYTES = 8 * 1024;

    /** {@code boundary=abc} or {@code boundary="a b"}: RFC 2046 allows 1 to 70 characters; a longer one is none. */
    private static final Pattern BOUNDARY = Pattern.compile(
            "(?i);\\s*boundary=(?:\"([^\"]{1,70})\"|([^\\s;\"]{1,70}))\\s*(?:;|$)");
    /** Encodings that leave the part's bytes as they are (RFC 2045 §6.1; RFC 7578 §4.7 deprecates any other). */
    private static final Pattern IDENTITY_ENCODING = Pattern.compile("(?i)7bit|8bit|binary");
    private static final byte[] CRLF = {'\r', '\n'};
    private static final byte[] HEADERS_END = {'\r', '\n', '\r', '\n'};

    /**
     * One document of the body.
     *
     * @param contentType the part's Content-Type; null when it has none
     * @param disposition the part's Content-Disposition (its filename); null when it has none
     * @param content     the part's bytes
     */
    public record Part(String contentType, String disposition, byte[] content) {
    }

    private MultipartDocuments() {
    }

    /** Whether the Content-Type is a multipart one this reads (form-data or mixed), whatever its parameters. */
    public static boolean isMultipart(String contentType) {
        if (contentType == null) {
            return false;
        }
        String type = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return type.equals("multipart/form-data") || type.equals("multipart/mixed");
    }

    /**
     * @param body        the request body
     * @param contentType the request's Content-Type, with its boundary
     * @param maxParts    the most documents a body may hold
     * @throws ProblemException unsupported-media-type when the body is not multipart; invalid-body when it is not
     *                          well formed (no boundary, no closing delimiter, headers over {@value #MAX_HEADER_BYTES}
     *                          bytes), holds no document, or holds more than {@code maxParts}
     */
    public static List<Part> parse(byte[] body, String contentType, int maxParts) {
        if (!isMultipart(contentType)) {
            throw new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE, "A batch is multipart/form-data or "
                    + "multipart/mixed, one document a part; the Content-Type is "
                    + (contentType == null ? "missing" : contentType) + ".");
        }
        Matcher boundary = BOUNDARY.matcher(contentType);
        if (!boundary.find()) {
            throw invalid("The Content-Type names no boundary (boundary=..., 1 to 70 characters).");
        }
        String name = boundary.group(1) != null ? boundary.group(1) : boundary.group(2);
        return new Reader(body == null ? new byte[0] : body, name.getBytes(StandardCharsets.UTF_8), maxParts).parts();
    }

    private static ProblemException invalid(String detail) {
        return new ProblemException(ProblemType.INVALID_BODY, detail);
    }

    /** Walks one body from delimiter to delimiter. */
    private static final class Reader {
        private final byte[] body;
        private final byte[] dashBoundary;
        private final byte[] delimiter;
        private final int[] delimiterFailure;
        private final int maxParts;

        Reader(byte[] body, byte[] boundary, int maxParts) {
            this.body = body;
            this.dashBoundary = concat(new byte[] {'-', '-'}, boundary);
            this.delimiter = concat(CRLF, dashBoundary);
            this.delimiterFailure = failureTable(delimiter);
            this.maxParts = maxParts;
        }

        List<Part> parts() {
            int at = firstBoundary();
            List<Part> parts = new ArrayList<>();
            while (true) {
                int after = at + dashBoundary.length;
                if (startsWith(after, new byte[] {'-', '-'})) {
                    break; // the close delimiter; what follows it is the epilogue, ignored
                }
                int lineEnd = skipPadding(after);
                if (lineEnd == body.length) {
                    throw invalid("The body ends after part " + parts.size() + " without the closing delimiter "
                            + "(--boundary--).");
                }
                if (!startsWith(lineEnd, CRLF)) {
                    throw invalid("Part " + (parts.size() + 1) + ": the boundary line does not end after the boundary.");
                }
                if (parts.size() == maxParts) {
                    throw invalid("The batch holds more than " + maxParts + " documents; send at most " + maxParts
                            + " a request.");
                }
                int headersStart = lineEnd + CRLF.length;
                int contentStart;
                String headers;
                if (startsWith(headersStart, delimiter)) {
                    // No headers and no content: the next delimiter's CRLF follows the boundary line's at once.
                    parts.add(new Part(null, null, new byte[0]));
                    at = headersStart + CRLF.length;
                    continue;
                }
                if (startsWith(headersStart, CRLF)) {
                    headers = "";
                    contentStart = headersStart + CRLF.length;
                } else {
                    int headersEnd = indexOf(HEADERS_END, failureTable(HEADERS_END), headersStart,
                            Math.min(body.length, headersStart + MAX_HEADER_BYTES + HEADERS_END.length));
                    if (headersEnd < 0) {
                        throw invalid("Part " + (parts.size() + 1) + ": its headers do not end with an empty line "
                                + "within " + MAX_HEADER_BYTES + " bytes.");
                    }
                    headers = new String(body, headersStart, headersEnd - headersStart, StandardCharsets.UTF_8);
                    contentStart = headersEnd + HEADERS_END.length;
                }
                int next = indexOf(delimiter, delimiterFailure, contentStart, body.length);
                if (next < 0) {
                    throw invalid("Part " + (parts.size() + 1) + " does not end: the body has no closing delimiter "
                            + "(--boundary--).");
                }
                String encoding = header(headers, "content-transfer-encoding");
                if (encoding != null && !IDENTITY_ENCODING.matcher(encoding).matches()) {
                    throw invalid("Part " + (parts.size() + 1) + " is sent as Content-Transfer-Encoding: " + encoding
                            + "; send each document's bytes as they are (binary).");
                }
                parts.add(new Part(header(headers, "content-type"), header(headers, "content-disposition"),
                        Arrays.copyOfRange(body, contentStart, next)));
                at = next + CRLF.length;
            }
            if (parts.isEmpty()) {
                throw invalid("The batch holds no document.");
            }
            return parts;
        }

        /** The first dash-boundary: at the very start, or after a preamble and its line break. */
        private int firstBoundary() {
            if (startsWith(0, dashBoundary)) {
                return 0;
            }
            int found = indexOf(delimiter, delimiterFailure, 0, body.length);
            if (found < 0) {
                throw invalid("The body holds no boundary line (--boundary) of the boundary its Content-Type names.");
            }
            return found + CRLF.length;
        }

        /** Past the spaces and tabs RFC 2046 allows after a boundary (transport padding). */
        private int skipPadding(int at) {
            while (at < body.length && (body[at] == ' ' || body[at] == '\t')) {
                at++;
            }
            return at;
        }

        private boolean startsWith(int at, byte[] prefix) {
            return at + prefix.length <= body.length
                    && Arrays.equals(body, at, at + prefix.length, prefix, 0, prefix.length);
        }

        /** Knuth-Morris-Pratt: where {@code pattern} first starts in body[from, to), or -1. */
        private int indexOf(byte[] pattern, int[] failure, int from, int to) {
            int matched = 0;
            for (int i = from; i < to; i++) {
                while (matched > 0 && body[i] != pattern[matched]) {
                    matched = failure[matched - 1];
                }
                if (body[i] == pattern[matched]) {
                    matched++;
                }
                if (matched == pattern.length) {
                    return i - pattern.length + 1;
                }
            }
            return -1;
        }
    }

    /** failure[i]: the length of the longest proper prefix of pattern[0..i] that is also its suffix. */
    private static int[] failureTable(byte[] pattern) {
        int[] failure = new int[pattern.length];
        for (int i = 1, k = 0; i < pattern.length; i++) {
            while (k > 0 && pattern[i] != pattern[k]) {
                k = failure[k - 1];
            }
            if (pattern[i] == pattern[k]) {
                k++;
            }
            failure[i] = k;
        }
        return failure;
    }

    /** A header's value from a part's header lines (names in any case), or null. */
    private static String header(String headers, String name) {
        for (String line : headers.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).strip().toLowerCase(Locale.ROOT).equals(name)) {
                return line.substring(colon + 1).strip();
            }
        }
        return null;
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }
}
