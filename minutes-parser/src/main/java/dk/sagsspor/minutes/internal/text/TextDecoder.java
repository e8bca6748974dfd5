package dk.sagsspor.minutes.internal.text;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes the bytes of a text or Markdown document.
 *
 * <p>Minutes arrive in UTF-8 or in Windows-1252. Valid UTF-8 is taken as UTF-8 (Windows-1252 text with Danish
 * letters is almost never valid UTF-8, because æ, ø and å are single bytes above 0x7F); anything else is
 * Windows-1252, which maps every byte. Text with a UTF-16 byte order mark is UTF-16. Line ends are normalised to
 * LF.
 */
public final class TextDecoder {

    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextDecoder() {
    }

    public static DecodedText decode(byte[] bytes) {
        return decode(bytes, WINDOWS_1252);
    }

    /**
     * Decodes valid UTF-8 as UTF-8 and anything else with the given single-byte charset. A charset a client declares
     * is only a hint: clients often send a default ("text/plain; charset=ISO-8859-1") whatever the bytes are, while
     * valid multi-byte UTF-8 practically never occurs by accident in single-byte Danish text.
     */
    public static DecodedText decode(byte[] bytes, Charset notUtf8) {
        Charset utf16 = utf16ByBom(bytes);
        if (utf16 != null) {
            return new DecodedText(normaliseLineEnds(new String(bytes, 2, bytes.length - 2, utf16)), utf16);
        }
        int offset = hasUtf8Bom(bytes) ? 3 : 0;
        // String's own UTF-8 decoding is much faster than a CharsetDecoder, and it marks every malformed sequence with
        // U+FFFD. So text without U+FFFD was valid UTF-8; only text with one (which valid UTF-8 may hold too) needs the
        // strict decoder to tell.
        String text = new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') >= 0 && !isValidUtf8(bytes, offset)) {
            return new DecodedText(normaliseLineEnds(new String(bytes, notUtf8)), notUtf8);
        }
        return new DecodedText(normaliseLineEnds(text), StandardCharsets.UTF_8);
    }

    private static boolean isValidUtf8(byte[] bytes, int offset) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
            return true;
        } catch (CharacterCodingException invalidUtf8) {
            return false;
        }
    }

    /**
     * The text as the parser reads it: line ends normalised, and without control characters other than tab and
     * line feed. A NUL byte or an escape shows nothing and would only travel on into the result, its JSON and the
     * database (which refuses NUL). They are dropped only here, after the document has been judged to be text at
     * all, because their share is what tells binary from text.
     */
    public static String forReading(String text) {
        String normalised = normaliseLineEnds(text);
        StringBuilder sb = new StringBuilder(normalised.length());
        for (int i = 0; i < normalised.length(); i++) {
            char c = normalised.charAt(i);
            if (!isHiddenControl(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * {@link #forReading(String)} for a text whose {@link #unprintable} characters were counted: without any, only line
     * ends are normalised, which needs no further pass over the characters (the usual case).
     */
    public static String forReading(String text, int unprintable) {
        return unprintable == 0 ? normaliseLineEnds(text) : forReading(text);
    }

    /**
     * How many characters show nothing: control characters other than tab and line ends, and U+FFFD (bytes that
     * could not be decoded). Their share tells binary from text; they are what {@link #forReading} drops.
     */
    public static int unprintable(String text) {
        int unprintable = 0;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (isHiddenControl(c) || c == '\uFFFD') {
                unprintable++;
            }
        }
        return unprintable;
    }

    /**
     * An ISO control character (below U+0020, U+007F-U+009F) other than tab and line ends. Printable ASCII, nearly
     * every character of a document, is told by two comparisons: this runs for every character.
     */
    private static boolean isHiddenControl(char c) {
        return c < ' ' ? c != '\n' && c != '\r' && c != '\t' : c >= '\u007F' && c <= '\u009F';
    }

    /** CRLF and lone CR become LF; no-break spaces become spaces and soft hyphens disappear (PDF artefacts). */
    public static String normaliseLineEnds(String text) {
        if (text.indexOf('\r') < 0 && text.indexOf('\u00A0') < 0 && text.indexOf('\u00AD') < 0
                && text.indexOf('\uFEFF') < 0) {
            return text; // the usual case, told by indexOf's fast scans: nothing to change, so no copy
        }
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                sb.append('\n');
                if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
            } else if (c == '\u00A0') {
                sb.append(' ');
            } else if (c != '\u00AD' && c != '\uFEFF') {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** UTF-16 is only recognised by its byte order mark: without one it cannot be told from binary. */
    private static Charset utf16ByBom(byte[] bytes) {
        if (bytes.length < 2) {
            return null;
        }
        int first = bytes[0] & 0xFF;
        int second = bytes[1] & 0xFF;
        if (first == 0xFE && second == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        return first == 0xFF && second == 0xFE ? StandardCharsets.UTF_16LE : null;
    }

    private static boolean hasUtf8Bom(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
    }
}
