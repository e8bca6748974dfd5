package dk.sagsspor.municipal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ElectoralTermsTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"2022-01-01, 2022-2025", "2025-12-31, 2022-2025", "2026-01-01, 2026-2029", "2021-06-01, 2018-2021"})
    void electoralTermsRunFourYears(LocalDate date, String term) {
        assertEquals(term, ElectoralTerms.of(date));
    }

    /** Documents write terms loosely, after a body's name; the APIs take one form only. */
    @ParameterizedTest(name = "''{0}'': as written {1}, as the APIs take it {2}")
    @CsvSource(delimiter = '|', textBlock = """
            2022-2025                | true  | true
            2026-2029                | true  | true
            2022 - 2025              | true  | false
            1998-2001                | true  | true
            2022-25                  | false | false
            2022                     | false | false
            22-25                    | false | false
            Socialudvalget 2022-2025 | false | false
            ''                       | false | false
            """)
    void termsAsDocumentsWriteThemAndAsTheApisTakeThem(String text, boolean written, boolean wellFormed) {
        assertEquals(written, ElectoralTerms.isWritten(text));
        assertEquals(wellFormed, ElectoralTerms.isWellFormed(text));
    }
}
