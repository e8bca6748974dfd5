package dk.sagsspor.minutes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The project's own sample minutes (samples/minutes), whose facts are known because we wrote them. */
class SampleMinutesTest {

    static final Path SAMPLES = Path.of("../samples/minutes");
    private static final String CASE = "26-000412";
    private static final String TITLE = "Beslutning om klimatilpasning af skolegårde ved Nordskolen, Østskolen og Vestskolen";
    private static final List<String> ROUTE = List.of("dir", "tmu", "oeu", "kb");

    private final MinutesParser parser = new MinutesParser();

    @Test
    void technicalCommittee() throws IOException {
        ParseResult tmu = parser.parse(SAMPLES.resolve("2026-02-04-tmu.txt"));

        assertEquals(DocumentKind.MINUTES, tmu.kind());
        assertEquals(new Body("tmu", "Teknik- og Miljøudvalget", "2026-2029"), tmu.body());
        assertEquals("2026-02-04T15:30+01:00", tmu.startsAt().toString());
        assertEquals("Mødelokale 2, Rådhuset", tmu.location());
        assertEquals(List.of("Anne Sofie Lund", "Peter Holm Madsen", "Jonas Kirkegaard", "Mette Rasmussen", "Ib Skov"),
                tmu.attendees());
        assertEquals(3, tmu.items().size());

        AgendaItem item = tmu.items().get(1);
        assertEquals(TITLE, item.title());
        assertEquals(CASE, item.caseNumber());
        assertEquals("Anbefales.", item.decisionText());
        assertEquals(Outcome.RECOMMENDED, item.outcome());
        assertEquals(List.of("Ib Skov"), item.absentees());
        assertEquals(ROUTE, item.plannedRoute());
        assertEquals(List.of(step("2026-01-26", "dir", "Direktionen", "Anbefales.", Outcome.RECOMMENDED)), item.history());
        assertEquals(List.of("Plan for klimatilpasning af skolegårde 2026", "Kort over skolegårdene"), item.attachments());
        assertEquals("Skolegårdene ved tre skoler oversvømmes ved skybrud. Administrationen foreslår regnbede og "
                + "permeable belægninger.", item.sections().resume());
        assertEquals("Planen omfatter tre skoler. Arbejdet kan udføres i sommerferien 2026.\n\n"
                + "- Nordskolen: regnbed og faskiner\n- Østskolen: permeabel belægning\n- Vestskolen: forsinkelsesbassin",
                item.sections().sagsfremstilling());
        assertEquals(22, item.sourceLines().from());
        assertEquals(70, item.sourceLines().to());
    }

    @Test
    void financeCommitteeInMarkdown() throws IOException {
        ParseResult oeu = parser.parse(SAMPLES.resolve("2026-02-18-oeu.md"));

        assertEquals(new Body("oeu", "Økonomiudvalget", "2026-2029"), oeu.body());
        assertEquals(List.of("Karen Bach", "Anne Sofie Lund", "Henrik Juul", "Lars Østergaard", "Sara Nielsen"),
                oeu.attendees());
        AgendaItem climate = oeu.items().get(0);
        assertEquals(TITLE, climate.title());
        assertEquals(Outcome.RECOMMENDED, climate.outcome());
        assertEquals("Udgiften på 2,4 mio. kr. finansieres af anlægsrammen for 2026.",
                climate.sections().oekonomiskeKonsekvenser());
        assertNull(climate.sections().sagsfremstilling(), "only a parent heading, no case presentation of its own");
        assertEquals(List.of(
                step("2026-01-26", "dir", "Direktionen", "Anbefales.", Outcome.RECOMMENDED),
                new HistoryStep(LocalDate.parse("2026-02-04"), new Body("tmu", "Teknik- og Miljøudvalget", "2026-2029"),
                        "Anbefales.", Outcome.RECOMMENDED, List.of("Ib Skov"))), climate.history());

        AgendaItem canteen = oeu.items().get(1);
        assertEquals("26-000377", canteen.caseNumber());
        assertEquals(Outcome.POSTPONED, canteen.outcome());
        assertEquals(List.of("oeu"), canteen.plannedRoute());
    }

    @Test
    void councilInWindows1252WithCrlf() throws IOException {
        ParseResult kb = parser.parse(SAMPLES.resolve("2026-02-25-kb.txt"));

        assertEquals(new Body("kb", "Kommunalbestyrelsen", "2026-2029"), kb.body());
        assertEquals(10, kb.attendees().size());
        assertEquals("Åse Dam", kb.attendees().get(9));
        AgendaItem climate = kb.items().get(1);
        assertEquals(Outcome.APPROVED, climate.outcome());
        assertEquals(List.of("dir", "tmu", "oeu"), climate.history().stream().map(s -> s.body().id()).toList());
        assertEquals("Anbefales med den bemærkning at arbejdet udbydes samlet.", climate.history().get(2).decisionText());
    }

    private static HistoryStep step(String date, String id, String name, String text, Outcome outcome) {
        LocalDate day = LocalDate.parse(date);
        return new HistoryStep(day, new Body(id, name, "2026-2029"), text, outcome, List.of());
    }
}
