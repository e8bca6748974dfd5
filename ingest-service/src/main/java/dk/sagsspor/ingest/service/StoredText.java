package dk.sagsspor.ingest.service;

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
