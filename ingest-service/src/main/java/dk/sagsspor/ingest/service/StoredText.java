package dk.sagsspor.ingest.service;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Text a client sent, as it can be stored and shown: without control characters (PostgreSQL refuses NUL in text; the
 * others only garble what is shown), and a file name short enough for its column, document.filename varchar(500). A
 * longer name keeps its start and its extension, so it still says what the file was.
 */
final class StoredText {

    /** The file name column's limit. */
    static final int MAX_FILE_NAME = 500;
    /** What is kept of a longer name's start. */
    static final int KEPT = 200;
    /** An extension longer than this is part of the name, not a file type. */
    private static final int MAX_EXTENSION = 10;
    private static final String CUT = "…";
    /** C0 controls but tab and newline, and DEL. */
    /** RFC 8187 attr-char, besides ALPHA and DIGIT. */
    private static final String ATTR_CHAR_SYMBOLS = "!#$&+-.^_`|~";
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B-\\x1F\\x7F]");

    private StoredText() {
    }

    /** The text without control characters but tab and newline, stripped; null when nothing is left. */
    static String withoutControls(String text) {
        if (text == null) {
            return null;
        }
        String clean = CONTROL.matcher(text).replaceAll("").strip();
        return clean.isEmpty() ? null : clean;
    }

    /**
     * The text as an RFC 8187 value (the part after {@code UTF-8''}): its UTF-8 bytes, each but the letters, digits
     * and {@code !#$&+-.^_`|~} as {@code %XX}. Nothing of a stored name (quotes, semicolons, line breaks) can then end
     * the header value or begin another header.
     */
    static String percentEncoded(String text) {
        StringBuilder out = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || ATTR_CHAR_SYMBOLS.indexOf(c) >= 0)) {
                out.append(c);
            } else {
                out.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
            }
        }
        return out.toString();
    }

    /** @return null when nothing is left */
    static String fileName(String name) {
        String clean = withoutControls(name);
        if (clean == null || clean.length() <= MAX_FILE_NAME) {
            return clean;
        }
        return startOf(clean) + CUT + extensionOf(clean);
    }

    /** The first 200 characters, not ending in half a surrogate pair. */
    private static String startOf(String name) {
        int end = Character.isHighSurrogate(name.charAt(KEPT - 1)) ? KEPT - 1 : KEPT;
        return name.substring(0, end);
    }

    private static String extensionOf(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 && name.length() - dot <= MAX_EXTENSION + 1 ? name.substring(dot) : "";
    }
}
