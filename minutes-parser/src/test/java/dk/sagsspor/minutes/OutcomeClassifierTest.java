package dk.sagsspor.minutes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OutcomeClassifierTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Anbefales.                                                                   | RECOMMENDED
            Anbefales med den bemærkning at indsatsen ønskes igangsat hurtigst muligt.   | RECOMMENDED
            Direktionen anbefaler, at der arbejdes videre med anbefalingerne.            | RECOMMENDED
            Drøftet og udvalget anbefaler Direktionens anbefaling.                       | RECOMMENDED
            Godkendt.                                                                    | APPROVED
            Udvalget godkender, at der arbejdes videre med en afprøvning af anbefaling 3. | APPROVED
            'Godkendt.\n\nUdvalget ønsker en vurdering af initiativer.'                  | APPROVED
            Taget til efterretning.                                                      | NOTED
            Drøftet.                                                                     | DISCUSSED
            Punktet blev udsat til næste møde.                                           | POSTPONED
            Udsat.                                                                       | POSTPONED
            Vedtaget at oversende sagen til Økonomiudvalget med anbefaling af pkt. 2.    | FORWARDED
            Ikke godkendt.                                                               | REJECTED
            Forkastet.                                                                   | REJECTED
            Afvist.                                                                      | REJECTED
            Ingen bemærkninger.                                                          | NO_REMARKS
            -                                                                            | NONE
            ''                                                                           | NONE
            Fønix gruppen                                                                | OTHER
            Flere tilsynsrapporter til næste møde.                                       | OTHER
            Administrationen orienterede om ny aflønning.                                | OTHER
            """)
    void classifiesByTheOpeningClause(String text, Outcome expected) {
        assertEquals(expected, OutcomeClassifier.classify(text.replace("\\n", "\n")));
    }

    @org.junit.jupiter.api.Test
    void noDecisionIsNone() {
        assertEquals(Outcome.NONE, OutcomeClassifier.classify(null));
    }
}
