package dk.sagsspor.minutes.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MarkdownCleanerTest {

    // Rows starting with '#' are quoted: JUnit reads an unquoted one as a comment.
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            "## **Punkt 1: Orientering**"                    | Punkt 1: Orientering
            "# Punkt 3: Fællesskaber for alle"               | Punkt 3: Fællesskaber for alle
            **Mødedato** Torsdag d. 07. august 2025          | Mødedato Torsdag d. 07. august 2025
            "Nikolaj Lykke  "                                | Nikolaj Lykke
            Projektet *Fællesskaber for alle* er i gang      | Projektet Fællesskaber for alle er i gang
            "#### *Voksen- handicapområdet, demografipulje*" | Voksen- handicapområdet, demografipulje
            Kortet for [børnehandicapområdet](#)             | Kortet for børnehandicapområdet
            3 * 4 = 12                                       | 3 * 4 = 12
            a * b *c* d *e f*                                | a * b c d e f
            x*y* z                                           | x*y* z
            **a** *b* og *c*, *d*.                           | a b og c, d.
            Beslutning                                       | Beslutning
            """)
    void keepsTheWordsDropsTheMarkup(String markdown, String text) {
        assertEquals(text, MarkdownCleaner.clean(markdown));
    }
}
