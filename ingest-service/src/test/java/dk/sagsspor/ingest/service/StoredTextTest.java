package dk.sagsspor.ingest.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Text a client sent (a withdrawal's reason) as it is stored; file names are tabled in UploadChecksTest. */
class StoredTextTest {

    @ParameterizedTest(name = "{0} is stored as {1}")
    @CsvSource(delimiter = '|', nullValues = "none", value = {
            "Udgivet ved en fejl          | Udgivet ved en fejl",
            "'  Udgivet ved en fejl  '    | Udgivet ved en fejl",
            "Udgivet\u0000 ved\u0007 en fejl\u007F | Udgivet ved en fejl",
            "'Linje 1\nLinje 2\tslut'     | 'Linje 1\nLinje 2\tslut'",
            "'\u0000\u001B'               | none",
            "''                           | none",
            "none                         | none"})
    void controlCharactersGoTabAndNewlineStay(String sent, String stored) {
        assertEquals(stored, StoredText.withoutControls(sent));
    }

    @ParameterizedTest(name = "{0} is sent as {1}")
    @CsvSource(delimiter = '|', value = {
            "referat.pdf                  | referat.pdf",
            "møde 1.pdf                   | m%C3%B8de%201.pdf",
            "'a\"; x=y.html'              | a%22%3B%20x%3Dy.html",
            "'a\r\nSet-Cookie: x'          | a%0D%0ASet-Cookie%3A%20x"})
    void aFileNameInAHeaderIsPercentEncodedSoItCannotEndTheValue(String name, String encoded) {
        assertEquals(encoded, StoredText.percentEncoded(name));
    }
}
