package dk.sagsspor.cases.repository;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.sagsspor.cases.GoldenCases;
import dk.sagsspor.cases.domain.CaseStatement;
import dk.sagsspor.cases.domain.CaseTimeline;
import dk.sagsspor.cases.domain.CaseView;
import dk.sagsspor.cases.repository.CaseViewRepository.WrittenView;
import dk.sagsspor.events.EventJson;
import dk.sagsspor.minutesevents.DocumentEvents;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A recomputed view is compared with the stored one as text (its UTF-8 bytes): the same timeline at another revision is the same,
 * any change of the story is not, and a view stored as jsonb printed it (before V7) is read and compared.
 */
class WrittenViewTest {

    private static final OffsetDateTime STORED_AT = OffsetDateTime.parse("2026-11-02T09:15:00.5+01:00");
    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-12-06T21:00:00.123456Z");

    static Stream<String> goldenCases() {
        return GoldenCases.CASES.stream();
    }

    /** The golden cases that more than one agenda item speaks of. */
    static Stream<String> casesToldTwice() {
        return goldenCases().filter(caseNumber -> statementsOf(caseNumber).size() > 1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldenCases")
    void theSameTimelineAtANewRevisionIsTheSame(String caseNumber) {
        CaseView timeline = timelineOf(caseNumber);
        byte[] stored = EventJson.writeUtf8(timeline.stored(4, STORED_AT));

        assertTrue(WrittenView.of(timeline.stored(5, NOW)).sameTimelineAs(stored));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("casesToldTwice")
    void aTimelineWithOneMoreStatementIsNotTheSame(String caseNumber) {
        CaseView before = timelineWithoutItsLastStatement(caseNumber);
        CaseView after = timelineOf(caseNumber);
        assertNotEquals(before, after, "the last statement tells more of the case");

        assertFalse(WrittenView.of(after.stored(5, NOW)).sameTimelineAs(EventJson.writeUtf8(before.stored(4, STORED_AT))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("casesToldTwice")
    void aViewStoredAsJsonbIsReadAndCompared(String caseNumber) {
        CaseView timeline = timelineOf(caseNumber);
        byte[] asJsonbPrintedIt = jsonbText(EventJson.toTree(timeline.stored(4, STORED_AT))).getBytes(StandardCharsets.UTF_8);
        CaseView changed = timelineWithoutItsLastStatement(caseNumber);

        assertTrue(WrittenView.of(timeline.stored(5, NOW)).sameTimelineAs(asJsonbPrintedIt));
        assertFalse(WrittenView.of(changed.stored(5, NOW)).sameTimelineAs(asJsonbPrintedIt));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldenCases")
    void aTitleChangedByOneLetterIsNotTheSame(String caseNumber) {
        CaseView timeline = timelineOf(caseNumber);
        CaseView retitled = new CaseView(timeline.caseNumber(), timeline.title() + "s", timeline.titles(),
                timeline.status(), timeline.plannedRoute(), timeline.nextCommittee(), timeline.pending(),
                timeline.lastActivity(), timeline.steps());
        byte[] stored = EventJson.writeUtf8(timeline.stored(4, STORED_AT));

        assertFalse(WrittenView.of(retitled.stored(5, NOW)).sameTimelineAs(stored));
    }

    /** The case's timeline from what the seeds say of it. */
    private static CaseView timelineOf(String caseNumber) {
        return CaseTimeline.of(caseNumber, statementsOf(caseNumber));
    }

    /** The timeline before the seeds' latest meeting spoke of the case. */
    private static CaseView timelineWithoutItsLastStatement(String caseNumber) {
        List<CaseStatement> statements = statementsOf(caseNumber);
        return CaseTimeline.of(caseNumber, statements.subList(0, statements.size() - 1));
    }

    /** What the seeds' minutes say of the case, oldest meeting first. */
    private static List<CaseStatement> statementsOf(String caseNumber) {
        return Stream.of("000", "001", "002").flatMap(seed -> DocumentEvents.ofSeed(seed).stream())
                .map(CaseStatement::of).filter(s -> s.caseNumber().equals(caseNumber))
                .sorted(Comparator.comparing(CaseStatement::meetingDate)).toList();
    }

    /** As PostgreSQL prints a jsonb object: keys shortest first (then bytewise), a space after each colon and comma. */
    private static String jsonbText(JsonNode node) {
        if (node instanceof ObjectNode object) {
            Map<String, JsonNode> fields = new TreeMap<>((a, b) -> a.length() != b.length()
                    ? Integer.compare(a.length(), b.length()) : a.compareTo(b));
            object.fields().forEachRemaining(f -> fields.put(f.getKey(), f.getValue()));
            StringBuilder text = new StringBuilder("{");
            fields.forEach((name, value) -> text.append(text.length() > 1 ? ", " : "")
                    .append(EventJson.write(name)).append(": ").append(jsonbText(value)));
            return text.append('}').toString();
        }
        if (node.isArray()) {
            StringBuilder text = new StringBuilder("[");
            for (Iterator<JsonNode> elements = node.elements(); elements.hasNext(); ) {
                text.append(text.length() > 1 ? ", " : "").append(jsonbText(elements.next()));
            }
            return text.append(']').toString();
        }
        return node.toString();
    }
}
