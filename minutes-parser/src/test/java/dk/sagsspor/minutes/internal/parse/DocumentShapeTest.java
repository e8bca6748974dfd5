package dk.sagsspor.minutes.internal.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.sagsspor.minutes.internal.text.LineReader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The first look at a document recognises its layout with the parsers' classifiers, so whatever they read (lower
 * case, Markdown, a colon or a full stop) is minutes here too. In the table, "/" separates lines.
 */
class DocumentShapeTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            REFERAT Socialudvalget d. 11-12-2025 / Punkt 1: Sag                  | AGENDA     | false
            referat Socialudvalget d. 11-12-2025 / punkt 1: sag                  | AGENDA     | false
            PUNKT 1. Sag                                                         | AGENDA     | false
            ## **Punkt 7: Beslutning om ændring af mødedato**                    | AGENDA     | false
            UDKAST TIL REFERAT Socialudvalget d. 11-12-2025 / Punkt 1: Sag       | AGENDA     | true
            udkast til referat Socialudvalget / punkt 1: sag                     | AGENDA     | true
            Dato: 14. oktober 2025 / 10:00-10:10 Velkomst / 10:10 - 10:50 Oplæg  | TIME_SLOTS | false
            dato: 14. oktober 2025 / 10.00-10.10 Velkomst / 10.10-10.50 Oplæg    | TIME_SLOTS | false
            Dato: 14. oktober 2025 / UDKAST TIL REFERAT / 10:00-10:10 A / 10:10-11:00 B | TIME_SLOTS | true
            Dato: 14. oktober 2025 / 10:00-10:10 Velkomst                        | NONE       | false
            10:00-10:10 Velkomst / 10:10-10:50 Oplæg                             | NONE       | false
            Dato: / 10:00-10:10 Velkomst / 10:10-10:50 Oplæg                     | NONE       | false
            Kalundborg, august 2023 / Punktum. / Dette punkt er ikke et punkt    | NONE       | false
            """)
    void layoutAndDraftMark(String document, DocumentShape.Layout layout, boolean draft) {
        DocumentShape shape = DocumentShape.of(LineReader.of(lines(document)));
        assertEquals(layout, shape.layout());
        assertEquals(draft, shape.draftMarked());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Kalundborg, august 2023                                        | true  | true
            REFERAT Socialudvalget d. 11-12-2025                           | false | true
            Mødedato Torsdag d. 11. december 2025 kl. 17:00                | true  | false
            referat Socialudvalget / mødedato torsdag d. 11. december 2025 | false | false
            """)
    void aDocumentThatIsNotMinutesIsToldWhatIsMissing(String document, boolean noHeader, boolean noDate) {
        DocumentShape shape = DocumentShape.of(LineReader.of(lines(document)));
        assertEquals(DocumentShape.Layout.NONE, shape.layout());
        String why = shape.whyNotMinutes();
        assertTrue(why.startsWith("Not minutes: found no agenda items"), why);
        assertEquals(noHeader, why.contains("no meeting header"), why);
        assertEquals(noDate, why.contains("no meeting date"), why);
    }

    private static String lines(String document) {
        return document.replace(" / ", "\n");
    }
}
