package dk.sagsspor.municipal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SlugsTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Frivilligrådet                    | frivilligraadet
            Ældre- og Sundhedsudvalget        | aeldre-og-sundhedsudvalget
            KKR-netværket på børneområdet      | kkr-netvaerket-paa-boerneomraadet
            Café Müller                       | cafe-muller
            '  --  '                          | unknown
            """)
    void danishLettersBecomeAsciiAndEverythingElseOneDash(String name, String slug) {
        assertEquals(slug, Slugs.of(name));
    }

    @ParameterizedTest(name = "{0} characters of a → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            69   | 69
            70   | 69
            300  | 69
            1000 | 69
            """)
    void aSlugIsAtMost69Characters(int length, int slugLength) {
        assertEquals(slugLength, Slugs.of("a".repeat(length)).length());
        assertEquals(Slugs.MAX_LENGTH, slugLength);
    }

    @Test
    void aLongSlugKeepsItsStartAndEndsInAHashOfTheWhole() {
        // A 300-character committee name: the rule's example, 60 characters, a dash, 8 hex digits of SHA-256.
        String name = "Det midlertidige udvalg ".repeat(13);
        String slug = Slugs.of(name);
        assertEquals("det-midlertidige-udvalg-det-midlertidige-udvalg-det-midlerti-" + slug.substring(61), slug);
        assertTrue(slug.substring(61).matches("[0-9a-f]{8}"), slug);
        assertEquals(slug, Slugs.of(name), "the same name is the same id every time");
    }

    @Test
    void namesThatShareTheirStartStayDistinct() {
        String start = "x".repeat(100);
        assertNotEquals(Slugs.of(start + " første"), Slugs.of(start + " anden"));
    }

    @Test
    void aCutAtADashDoesNotLeaveTwo() {
        String slug = Slugs.of("a".repeat(59) + " " + "b".repeat(20));
        assertEquals("a".repeat(59) + "-", slug.substring(0, 60));
        assertTrue(slug.substring(60).matches("[0-9a-f]{8}"), slug);
    }
}
