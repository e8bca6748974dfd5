package dk.sagsspor.ingest.service;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The document types the service reads, and the charset a client declared. */
final class MediaTypes {

    static final Set<String> SUPPORTED = Set.of("text/plain", "text/markdown", "text/x-markdown", "application/pdf");
    static final String SUPPORTED_TEXT = "text/plain, text/markdown or application/pdf";
    static final String SUPPORTED_CHARSETS_TEXT = "UTF-8 or Windows-1252";
    /** What a body without a Content-Type is kept as. */
    static final String UNDECLARED = "application/octet-stream";
    private static final Map<String, Charset> CHARSETS = Map.of(
            "utf-8", StandardCharsets.UTF_8, "utf8", StandardCharsets.UTF_8,
            "windows-1252", Charset.forName("windows-1252"), "cp1252", Charset.forName("windows-1252"),
            "iso-8859-1", StandardCharsets.ISO_8859_1, "latin1", StandardCharsets.ISO_8859_1,
            "us-ascii", StandardCharsets.US_ASCII);

    /** A Content-Type split into its type and the charset name declared, if any. */
    record Declared(String type, String charsetName) {

        boolean supported() {
            return SUPPORTED.contains(type);
        }

        /** The declared charset if we read it; empty when none was declared or it is one we do not read. */
        Optional<Charset> charset() {
            return charsetName == null ? Optional.empty()
                    : Optional.ofNullable(CHARSETS.get(charsetName.toLowerCase(Locale.ROOT)));
        }

        boolean charsetUnread() {
            return charsetName != null && charset().isEmpty();
        }
    }

    private MediaTypes() {
    }

    /** @return null when there is no Content-Type at all */
    static Declared parse(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return null;
        }
        String[] parts = contentType.split(";");
        String charset = null;
        for (int i = 1; i < parts.length; i++) {
            String[] param = parts[i].strip().split("=", 2);
            if (param.length == 2 && param[0].strip().equalsIgnoreCase("charset")) {
                charset = param[1].strip().replace("\"", "");
            }
        }
        return new Declared(parts[0].strip().toLowerCase(Locale.ROOT), charset);
    }
}
