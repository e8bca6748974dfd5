package dk.sagsspor.cases.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.sagsspor.minutesevents.DocumentEvents;
import dk.sagsspor.cases.GoldenCases;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The timeline rules, on the events the parser makes of the seeds, without any server. */
class CaseTimelineTest {

    static Stream<List<String>> allOrdersOfTheSeeds() {
        return Stream.of(List.of("000", "001", "002"), List.of("000", "002", "001"), List.of("001", "000", "002"),
                List.of("001", "002", "000"), List.of("002", "000", "001"), List.of("002", "001", "000"));
    }

    @ParameterizedTest(name = "documents in order {0}")
    @MethodSource("allOrdersOfTheSeeds")
    void goldenTimelinesWhateverTheOrder(List<String> order) {
        List<CaseStatement> statements = new ArrayList<>();
        order.forEach(seed -> DocumentEvents.ofSeed(seed).forEach(e -> statements.add(CaseStatement.of(e))));
        for (String caseNumber : GoldenCases.CASES) {
            CaseView view = CaseTimeline.of(caseNumber, ofCase(statements, caseNumber));
            GoldenCases.assertMatches(caseNumber, GoldenCases.JSON.valueToTree(view), "order " + order);
        }
    }

    @Test
    void ownMinutesOfØuAndKbCarryTheHomelessnessStrategyToTheEnd() {
        List<CaseStatement> statements = new ArrayList<>();
        Stream.of(DocumentEvents.ofSeed("000"), DocumentEvents.ofSeed("001"),
                        DocumentEvents.ofResource("oeu-2025-12-17.txt"), DocumentEvents.ofResource("kb-2025-12-18.txt"))
                .flatMap(List::stream).forEach(e -> statements.add(CaseStatement.of(e)));

        CaseView view = CaseTimeline.of("25-008999", ofCase(statements, "25-008999"));

        assertEquals(CaseStatus.CONCLUDED, view.status());
        assertEquals(List.of("dir", "bfu", "ubu", "su", "oeu", "kb"),
                view.steps().stream().map(s -> s.committee().id()).toList());
        assertEquals(List.of(), view.pending());
        assertEquals(null, view.nextCommittee());
        assertEquals(LocalDate.parse("2025-12-18"), view.lastActivity());
        assertEquals(List.of("Sara Nielsen"), view.step(LocalDate.parse("2025-12-17"), "oeu").orElseThrow().absentees());
        assertEquals(4, view.step(LocalDate.parse("2025-11-17"), "dir").orElseThrow().sources().size(),
                "Direktionen's step is told by 000, 001, ØU's and KB's minutes");
    }

    @Test
    void aPostponementIsTheStatusWhileItIsTheLatestStep() {
        CaseView view = CaseTimeline.of("26-000377", List.of(statement("oeu", "2026-02-18", "Punktet blev udsat til næste møde.",
                "POSTPONED", List.of("oeu"))));
        assertEquals(CaseStatus.POSTPONED, view.status());
    }

    @Test
    void sourcesThatDisagreeMarkAConflictAndKeepBothTexts() {
        CaseStatement minutes = statement("bfu", "2025-12-03", "Godkendt.", "APPROVED", List.of("bfu", "su"));
        CaseStatement laterHistory = new CaseStatement("25-000001", "su-2025-12-11", 1, 1, LocalDate.parse("2025-12-11"),
                "doc-su", 4, "Sag", List.of("bfu", "su"), List.of(
                new Evidence(LocalDate.parse("2025-12-03"), "bfu", "Børn- og Familieudvalget", "Ikke godkendt.",
                        "REJECTED", List.of(), SourceKind.CASE_HISTORY, "su-2025-12-11", LocalDate.parse("2025-12-11"),
                        "doc-su", 4)));

        CaseView.Step step = CaseTimeline.of("25-000001", List.of(laterHistory, minutes)).steps().get(0);

        assertTrue(step.conflict());
        assertEquals("Godkendt.", step.decisionText(), "the body's own minutes speak for the step");
        assertEquals(List.of("Godkendt.", "Ikke godkendt."), step.sources().stream().map(CaseView.StepSource::decisionText).toList());
    }

    @Test
    void aBodyOffThePlannedRouteIsUnplanned() {
        CaseView view = CaseTimeline.of("25-000001", List.of(statement("kfu", "2025-12-03", "Drøftet.", "DISCUSSED",
                List.of("su", "kb"))));
        assertTrue(view.steps().get(0).unplanned());
        assertEquals(List.of("su", "kb"), view.pending().stream().map(Committee::id).toList());
        assertEquals(CaseStatus.IN_PROGRESS, view.status());
    }

    @Test
    void theSameStatementTwiceIsOneStepWithOneSource() {
        CaseStatement once = statement("su", "2025-12-11", "Anbefales.", "RECOMMENDED", List.of("su"));
        CaseView.Step step = CaseTimeline.of("25-000001", List.of(once)).steps().get(0);
        assertFalse(step.conflict());
        assertEquals(1, step.sources().size());
    }

    private static CaseStatement statement(String body, String date, String text, String outcome, List<String> route) {
        LocalDate day = LocalDate.parse(date);
        String meetingId = body + "-" + date;
        return new CaseStatement("25-000001", meetingId, 1, 1, day, "doc-" + meetingId, 1, "Sag", route, List.of(
                new Evidence(day, body, body, text, outcome, List.of(), SourceKind.AGENDA_ITEM, meetingId, day,
                        "doc-" + meetingId, 1)));
    }

    private static Collection<CaseStatement> ofCase(List<CaseStatement> statements, String caseNumber) {
        return statements.stream().filter(s -> s.caseNumber().equals(caseNumber)).toList();
    }

}
