package dk.sagsspor.cases.domain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dk.sagsspor.cases.GoldenCases;
import dk.sagsspor.events.CaseUpdatedV2;
import dk.sagsspor.events.EventJson;
import dk.sagsspor.minutesevents.DocumentEvents;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A changed case's view is written as JSON once and that text goes into its case-updated event as it is
 * ({@link EventJson#raw}): the event must say exactly what it said when the view was made a tree and written with it.
 */
class CaseViewJsonTest {

    static Stream<String> goldenCases() {
        return GoldenCases.CASES.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldenCases")
    void anEventWithTheViewsBytesIsTheEventWithItsTree(String caseNumber) {
        List<CaseStatement> statements = Stream.of("000", "001", "002")
                .flatMap(seed -> DocumentEvents.ofSeed(seed).stream()).map(CaseStatement::of)
                .filter(s -> s.caseNumber().equals(caseNumber)).toList();
        OffsetDateTime at = OffsetDateTime.parse("2026-12-06T16:30:00.123456+01:00");
        CaseView view = CaseTimeline.of(caseNumber, statements).stored(3, at);

        byte[] withBytes = EventJson.writeUtf8(event(caseNumber, EventJson.raw(EventJson.writeUtf8(view)), at));
        byte[] withTree = EventJson.writeUtf8(event(caseNumber, EventJson.toTree(view), at));

        assertArrayEquals(withTree, withBytes);
        assertEquals(view, EventJson.convert(EventJson.tree(withBytes).get("case"), CaseView.class));
    }

    private static CaseUpdatedV2 event(String caseNumber, JsonNode caseState, OffsetDateTime at) {
        return new CaseUpdatedV2("e-" + caseNumber, CaseUpdatedV2.SCHEMA_VERSION, caseNumber, 3, false, caseState, at);
    }
}
