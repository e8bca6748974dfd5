package dk.sagsspor.minutes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.sagsspor.minutes.MinutesParser;
import dk.sagsspor.minutes.TestMinutes;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Behaviours of the agenda state machine, each on a few lines of minutes. */
class AgendaMinutesParserTest {

    private static final String HEADER = TestMinutes.HEADER;

    private final MinutesParser parser = new MinutesParser();

    @Test
    void draftHeaderMakesDraftMinutes() {
        ParseResult result = parser.parseText(HEADER.replace("REFERAT", "UDKAST TIL REFERAT") + "Punkt 1: Et punkt\n");
        assertEquals(DocumentKind.DRAFT_MINUTES, result.kind());
        assertEquals("su", result.body().id());
    }

    @Test
    void itemWithoutDecisionHasNone() {
        AgendaItem item = only(HEADER + "Punkt 1: Orientering\n\nSagsfremstilling\n\nTekst.\n");
        assertNull(item.decisionText());
        assertEquals("Tekst.", item.sections().sagsfremstilling());
    }

    @Test
    void historyHeadingWrappedOverTwoLinesIsOneBody() {
        AgendaItem item = only(HEADER + """
                Punkt 1: Sag
                25-000001

                Beslutning
                Godkendt.

                Sagens forløb
                03/12/2025 Børn- og
                Familieudvalget 2022-2025

                Anbefales.
                """);
        assertEquals("bfu", item.history().get(0).body().id());
        assertEquals("2022-2025", item.history().get(0).body().term());
        assertEquals("Anbefales.", item.history().get(0).decisionText());
    }

    @Test
    void absenceUnderTheDecisionBelongsToTheItemNotTheText() {
        AgendaItem item = only(HEADER + "Punkt 1: Sag\n\n25-000001\n\nBeslutning\n\nGodkendt.\n\nAfbud: A B, C D og E F\n");
        assertEquals("Godkendt.", item.decisionText());
        assertEquals(List.of("A B", "C D", "E F"), item.absentees());
    }

    @Test
    void caseNumberOnlyRightUnderTheHeading() {
        AgendaItem item = only(HEADER + "Punkt 1: Sag\n\nBeslutning\n\nGodkendt.\n\n25-000001\n");
        assertNull(item.caseNumber());
        assertEquals("Godkendt.\n\n25-000001", item.decisionText());
    }

    @Test
    void lowerCaseHeadingsAreMinutesToo() {
        ParseResult result = parser.parseText(HEADER.toLowerCase(java.util.Locale.ROOT) + "punkt 1: Et punkt\n\nbeslutning\n\nGodkendt.\n");
        assertEquals(DocumentKind.MINUTES, result.kind(), result::reason);
        assertEquals("su", result.body().id());
        assertEquals("Et punkt", only(result).title());
        assertEquals("Godkendt.", only(result).decisionText());
    }

    @Test
    void missingDateIsARejectionThatSaysSo() {
        ParseResult result = parser.parseText("REFERAT Socialudvalget\n\nPunkt 1: Sag\n");
        assertEquals(DocumentKind.REJECTED, result.kind());
        assertTrue(result.reason().startsWith("No meeting date found"), result.reason());
    }

    @Test
    void headerDateIsUsedWhenMødedatoIsMissing() {
        ParseResult result = parser.parseText("REFERAT Socialudvalget d. 11-12-2025\n\nPunkt 1: Sag\n");
        assertEquals("2025-12-11T00:00+01:00", result.startsAt().toString());
    }

    private AgendaItem only(String text) {
        return only(parser.parseText(text));
    }

    private static AgendaItem only(ParseResult result) {
        assertEquals(1, result.items().size(), () -> "items of " + result);
        return result.items().get(0);
    }
}
