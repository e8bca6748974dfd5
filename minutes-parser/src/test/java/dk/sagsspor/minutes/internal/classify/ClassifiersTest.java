package dk.sagsspor.minutes.internal.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.sagsspor.minutes.internal.text.LineReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClassifiersTest {

    private final Classifiers classifiers = Classifiers.agenda();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            REFERAT Socialudvalget d. 11-12-2025                  | MeetingHeader
            UDKAST TIL REFERAT Socialudvalget d. 11-12-2025       | MeetingHeader
            Mødedato Torsdag d. 11. december 2025 kl. 17:00       | MeetingDate
            Mødested Mødelokale 8                                 | Location
            Mødedeltagere Nikolaj Lykke Vad, Mustapha Badr        | Attendees
            Indholdsfortegnelse                                   | TableOfContents
            Punkt 4: Beslutning om hjemløsestrategi               | ItemHeading
            25-008999                                             | CaseNumber
            Beslutning                                            | SectionHeading
            Økonomiske konsekvenser                               | SectionHeading
            Sagens forløb                                         | SectionHeading
            09/12/2025 Unge- og Beskæftigelsesudvalget            | HistoryStepHeading
            Afbud: Hans Munk                                      | Absence
            Anbefales.                                            | Text
            Beslutning om hjemløsestrategi.....	8                 | Text
            25-008999 blev behandlet                              | Text
            Beslutningen blev truffet i går.                      | Text
            """)
    void oneClassifierPerKindOfBlock(String line, String kind) {
        List<Token> tokens = classifiers.tokenize(LineReader.of(line));
        assertEquals(1, tokens.size());
        assertEquals(kind, tokens.get(0).getClass().getSimpleName());
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            4. mgde i KKR-netveaerket p& udsatte bgrne- og ungeomradet | MeetingHeader
            Dato: 14. oktober 2025                                     | MeetingDate
            Tid og sted: Kl. 10-13 pd Teams: Deltag i mgdet nu         | TimeAndPlace
            Afbud: Julie Folke (fagcenterchef), Iza Gebur              | Absence
            DATO                                                       | Text
            UDKAST TIL REFERAT                                         | Text
            """)
    void theHeaderOfATimeTableHasItsOwnClassifiers(String line, String kind) {
        List<Token> tokens = Classifiers.timeSlotHeader().tokenize(LineReader.of(line));
        assertEquals(1, tokens.size());
        assertEquals(kind, tokens.get(0).getClass().getSimpleName());
    }

    @Test
    void timeTableHeaderFieldsAreReadAsTheParserNeedsThem() {
        List<Token> tokens = Classifiers.timeSlotHeader().tokenize(LineReader.of("""
                4. mgde i KKR-netveaerket p& udsatte bgrne- og ungeomradet
                Dato: 14. oktober 2025
                Tid og sted: Kl. 10-13 pd Teams: Deltag i mgdet nu
                Afbud: Julie Folke (fagcenterchef, Kalundborg Kommune), Iza Gebur
                (Greve Kommune) og Kira Ziethen (Vordingborg Kommune)."""));
        assertEquals("KKR-netværket på udsatte børne- og ungeområdet", ((Token.MeetingHeader) tokens.get(0)).bodyName());
        assertEquals(java.time.LocalDate.of(2025, 10, 14), ((Token.MeetingDate) tokens.get(1)).date());
        Token.TimeAndPlace timeAndPlace = (Token.TimeAndPlace) tokens.get(2);
        assertEquals(java.time.LocalTime.of(10, 0), timeAndPlace.time());
        assertEquals("Teams", timeAndPlace.location());
        assertEquals(List.of("Julie Folke", "Iza Gebur", "Kira Ziethen"), ((Token.Absence) tokens.get(3)).names());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', textBlock = """
            10:00-10:10 Velkomst og godkendelse af ; 10:00-10:10 ; Velkomst og godkendelse af
            10:10 - 10:50 | Oplaeg om Leder af     ; 10:10-10:50 ; Oplaeg om Leder af
            | 9.30-10.00                           ; 09:30-10:00 ; ''
            """)
    void aTimeSlotGivesItsTimesAndWhatFollows(String line, String timeSlot, String agenda) {
        Token.TimeSlot slot = new TimeSlotClassifier().slotOf(LineReader.of(line).get(0)).orElseThrow();
        assertEquals(timeSlot, slot.timeSlot());
        assertEquals(agenda, slot.agenda());
    }

    @Test
    void historyStepsWithoutBlankLinesAreStillSeparated() {
        List<Token> tokens = classifiers.tokenize(LineReader.of("""
                08/12/2025 Ældre- og Sundhedsudvalget
                Godkendt.
                09/12/2025 Handicaprådet
                Taget til efterretning.
                Afbud: Tonny Voldby Pedersen"""));
        assertEquals(List.of("HistoryStepHeading", "Text", "HistoryStepHeading", "Text", "Absence"),
                tokens.stream().map(t -> t.getClass().getSimpleName()).toList());
    }

    @Test
    void wrappedHeaderFieldsAreOneBlock() {
        List<Token> tokens = classifiers.tokenize(LineReader.of("""
                Mødedeltagere Thomas Malthesen Hiorth, Thomas Pedersen, Nikolaj Lykke
                Vad, Jesper Wienmann Hansen
                Indholdsfortegnelse"""));
        Token.Attendees attendees = (Token.Attendees) tokens.get(0);
        assertEquals(List.of("Thomas Malthesen Hiorth", "Thomas Pedersen", "Nikolaj Lykke Vad", "Jesper Wienmann Hansen"),
                attendees.names());
        assertEquals("TableOfContents", tokens.get(1).getClass().getSimpleName());
    }
}
