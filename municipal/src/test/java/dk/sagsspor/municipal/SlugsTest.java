package dk.sagsspor.municipal;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
