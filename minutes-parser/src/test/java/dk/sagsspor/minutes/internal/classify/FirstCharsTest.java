package dk.sagsspor.minutes.internal.classify;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class FirstCharsTest {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    @Test
    void aLineIsTurnedAwayOnlyByFirstCharactersNoMatchCanStartWith() {
        FirstChars heading = FirstChars.of(Pattern.compile("Punkt\\s+\\d{1,7}\\s*[:.]", FLAGS));

        assertTrue(heading.mayStart("Punkt 4: Beslutning"));
        assertTrue(heading.mayStart("punkt 4."));
        assertTrue(heading.mayStart("Pumpestationen")); // may start: the pattern decides
        assertFalse(heading.mayStart("Projektet er i gang"));
        assertFalse(heading.mayStart("Socialudvalget."));
        assertFalse(heading.mayStart("4. Punkt"));
    }

    @Test
    void optionalStartsAndLeadingWhitespaceCount() {
        FirstChars header = FirstChars.of(Pattern.compile("(UDKAST TIL )?REFERAT\\s", FLAGS));
        FirstChars slot = FirstChars.of(Pattern.compile("\\|?\\s*(\\d{1,2})[:.](\\d{2})", FLAGS));

        assertTrue(header.mayStart("UDKAST TIL REFERAT"));
        assertTrue(header.mayStart("referat Socialudvalget"));
        assertFalse(header.mayStart("Dato: 14. oktober 2025"));
        assertTrue(header.mayStart("Udvalget godkendte")); // "UD", as "UDKAST"
        assertFalse(header.mayStart("Under punktet"));
        assertTrue(header.mayStart("R"));
        assertTrue(slot.mayStart("| 10:10"));
        assertTrue(slot.mayStart(" 10:10"));
        assertTrue(slot.mayStart("10:10"));
        assertFalse(slot.mayStart("Kl. 10"));
    }

    /** Under UNICODE_CASE the Kelvin sign is a "k" and the long s an "s": non-ASCII is always left to the pattern. */
    @Test
    void nonAsciiAndOneCharacterAreLeftToThePattern() {
        Pattern kommune = Pattern.compile("kommune", FLAGS);
        FirstChars starts = FirstChars.of(kommune);

        for (String text : List.of("\u212Aommune", "K\u00F8", "Kommune", "K")) {
            assertTrue(starts.mayStart(text), text);
        }
        assertTrue(kommune.matcher("\u212Aommune").lookingAt());
    }

    @Test
    void anEmptyTextMayStartOnlyAPatternThatMatchesNothing() {
        assertFalse(FirstChars.of(Pattern.compile("Dato\\s*:", FLAGS)).mayStart(""));
        assertTrue(FirstChars.of(Pattern.compile("\\s*$", FLAGS)).mayStart(""));
    }
}
