package dk.sagsspor.cases.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.sagsspor.cases.domain.StatementLedger.Key;
import dk.sagsspor.cases.domain.StatementLedger.MeetingOfCase;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Which statements stand after a batch of decisions and retractions, and what is written, without any server: a
 * table of stored rows, events in order, and the outcome.
 */
class StatementLedgerTest {

    private static final String CASE = "25-008999";
    private static final String SU = "su-2025-12-11";
    private static final String UBU = "ubu-2025-12-09";

    /** "d su 4 r2": a decision of SU's item 4 at revision 2; "x su r3": SU retracts the case at revision 3. */
    static Stream<Arguments> batches() {
        return Stream.of(
                Arguments.of("a first decision is written and raises the meeting's revision",
                        List.of(), Map.of(), List.of("d su 4 r1"),
                        Set.of("su 4 r1"), Set.of("su 4 r1"), Set.of(), Map.of(SU, 1)),
                Arguments.of("a newer revision of the same item replaces it in place",
                        List.of("su 4 r1"), Map.of(SU, 1), List.of("d su 4 r2"),
                        Set.of("su 4 r2"), Set.of("su 4 r2"), Set.of(), Map.of(SU, 2)),
                Arguments.of("a stale decision (lower revision) changes nothing",
                        List.of("su 4 r2"), Map.of(SU, 2), List.of("d su 4 r1"),
                        Set.of("su 4 r2"), Set.of(), Set.of(), Map.of()),
                Arguments.of("a newer revision that moved the case to another item removes the old item's row",
                        List.of("su 4 r1"), Map.of(SU, 1), List.of("d su 5 r2"),
                        Set.of("su 5 r2"), Set.of("su 5 r2"), Set.of("su 4"), Map.of(SU, 2)),
                Arguments.of("two items of one revision both stand",
                        List.of("su 4 r2"), Map.of(SU, 2), List.of("d su 5 r2"),
                        Set.of("su 4 r2", "su 5 r2"), Set.of("su 5 r2"), Set.of(), Map.of()),
                Arguments.of("another meeting's statement is untouched by a decision",
                        List.of("ubu 3 r1"), Map.of(UBU, 1), List.of("d su 4 r1"),
                        Set.of("ubu 3 r1", "su 4 r1"), Set.of("su 4 r1"), Set.of(), Map.of(SU, 1)),
                Arguments.of("a retraction removes all the meeting said, nothing else",
                        List.of("su 4 r1", "su 5 r1", "ubu 3 r1"), Map.of(SU, 1, UBU, 1), List.of("x su r2"),
                        Set.of("ubu 3 r1"), Set.of(), Set.of("su 4", "su 5"), Map.of(SU, 2)),
                Arguments.of("a stale retraction changes nothing",
                        List.of("su 4 r3"), Map.of(SU, 3), List.of("x su r2"),
                        Set.of("su 4 r3"), Set.of(), Set.of(), Map.of()),
                Arguments.of("decided then retracted in one batch: nothing written, the stored row removed",
                        List.of("su 4 r1"), Map.of(SU, 1), List.of("d su 4 r2", "x su r3"),
                        Set.of(), Set.of(), Set.of("su 4"), Map.of(SU, 3)),
                Arguments.of("retracted then reinstated in one batch: the reinstated row written, none removed",
                        List.of("su 4 r1"), Map.of(SU, 1), List.of("x su r2", "d su 4 r3"),
                        Set.of("su 4 r3"), Set.of("su 4 r3"), Set.of(), Map.of(SU, 3)),
                Arguments.of("events of one batch out of order: the newest wins whatever came last",
                        List.of(), Map.of(), List.of("d su 4 r3", "d su 4 r2", "x su r1"),
                        Set.of("su 4 r3"), Set.of("su 4 r3"), Set.of(), Map.of(SU, 3)),
                Arguments.of("a redelivered decision of the same revision is written again, unchanged",
                        List.of("su 4 r2"), Map.of(SU, 2), List.of("d su 4 r2"),
                        Set.of("su 4 r2"), Set.of("su 4 r2"), Set.of(), Map.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("batches")
    void appliesTheBatchInOrder(String what, List<String> storedRows, Map<String, Integer> storedRevisions,
                                List<String> events, Set<String> standing, Set<String> written, Set<String> removed,
                                Map<String, Integer> raised) {
        Map<MeetingOfCase, Integer> highest = new HashMap<>();
        storedRevisions.forEach((meeting, revision) -> highest.put(new MeetingOfCase(CASE, meeting), revision));
        StatementLedger ledger = new StatementLedger(highest, storedRows.stream().map(StatementLedgerTest::row).toList());

        events.forEach(event -> {
            String[] f = event.split(" ");
            if (f[0].equals("d")) {
                ledger.decide(statement(meeting(f[1]), Integer.parseInt(f[2]), revision(f[3])));
            } else {
                ledger.retract(CASE, meeting(f[1]), revision(f[2]));
            }
        });

        assertEquals(standing, described(ledger.current(CASE)), "standing");
        assertEquals(written, described(ledger.written()), "written");
        assertEquals(removed, ledger.removed().stream().map(StatementLedgerTest::described).collect(Collectors.toSet()),
                "removed");
        Map<MeetingOfCase, Integer> expectedRaised = new HashMap<>();
        raised.forEach((meeting, revision) -> expectedRaised.put(new MeetingOfCase(CASE, meeting), revision));
        assertEquals(expectedRaised, ledger.raisedRevisions(), "raised revisions");
    }

    private static CaseStatement row(String description) {
        String[] f = description.split(" ");
        return statement(meeting(f[0]), Integer.parseInt(f[1]), revision(f[2]));
    }

    private static CaseStatement statement(String meetingId, int item, int revision) {
        return new CaseStatement(CASE, meetingId, revision, revision, LocalDate.parse(meetingId.substring(meetingId
                .indexOf('-') + 1)), "doc-" + meetingId + "-" + revision, item, "Hjemløsestrategi", List.of(), List.of());
    }

    private static String meeting(String body) {
        return body.equals("su") ? SU : UBU;
    }

    private static int revision(String field) {
        return Integer.parseInt(field.substring(1));
    }

    private static Set<String> described(Collection<CaseStatement> statements) {
        return statements.stream().map(s -> s.meetingId().substring(0, s.meetingId().indexOf('-')) + " "
                + s.itemNumber() + " r" + s.revision()).collect(Collectors.toSet());
    }

    private static String described(Key key) {
        return key.meetingId().substring(0, key.meetingId().indexOf('-')) + " " + key.itemNumber();
    }
}
