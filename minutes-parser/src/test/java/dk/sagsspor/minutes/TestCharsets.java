package dk.sagsspor.minutes;

import dk.sagsspor.minutes.internal.text.TextDecoder;
import java.nio.charset.Charset;

/** The character sets minutes arrive in, for tests of any module: the parser's decoder itself is internal. */
public final class TestCharsets {

    /** Older Danish minutes' single-byte charset, which the parser reads whatever is not valid UTF-8 as. */
    public static final Charset WINDOWS_1252 = TextDecoder.WINDOWS_1252;

    private TestCharsets() {
    }
}
