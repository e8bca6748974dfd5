package dk.sagsspor.minutes.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class SpacesTest {

    @Test
    void runsOfWhitespaceBecomeOneSpace() {
        assertEquals("Børn- og Familieudvalget 2022-2025", Spaces.collapse("Børn-  og\tFamilieudvalget\n 2022-2025"));
        assertEquals("a b", Spaces.collapse("a\u000Bb"));
    }

    @Test
    void textWithoutARunIsReturnedAsItIs() {
        String name = "Mustapha Badr";
        assertSame(name, Spaces.collapse(name));
        assertEquals("a\u00A0 b", Spaces.collapse("a\u00A0 b")); // a no-break space is no \s
    }
}
