package dk.sagsspor.cases.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the meetings say about some cases, as a consumer's batch of decisions and retractions changes it, in memory:
 * the rules of which statement stands, applied in the order the events came, and what then has to be written.
 *
 * <ul>
 *   <li>What a meeting says of a case is ordered by the meeting's revision: an event with a lower revision than the
 *   highest the meeting spoke of the case at is stale and changes nothing.</li>
 *   <li>A decision replaces its own item's statement, and removes what the same meeting said of the case at an older
 *   revision (a dropped item, another item number); another item of the same revision stays.</li>
 *   <li>A retraction removes everything the meeting said of the case.</li>
 * </ul>
 */
public final class StatementLedger {

    /** A meeting speaking of a case: its highest revision is what orders later events. */
    public record MeetingOfCase(String caseNumber, String meetingId) {
    }

    /** Where a statement is stored: one agenda item of one meeting, about one case. */
    public record Key(String caseNumber, String meetingId, int itemNumber) {

        static Key of(CaseStatement statement) {
            return new Key(statement.caseNumber(), statement.meetingId(), statement.itemNumber());
        }
    }

    private final Map<MeetingOfCase, Integer> highest;
    private final Map<MeetingOfCase, Integer> raised = new LinkedHashMap<>();
    private final Map<String, Map<Key, CaseStatement>> byCase = new HashMap<>();
    private final Set<Key> stored = new HashSet<>();
    private final Set<Key> written = new HashSet<>();

    /**
     * @param highest    the highest revision each meeting spoke of each case at, as stored (absent: never)
     * @param statements the stored statements of every case the batch's events name
     */
    public StatementLedger(Map<MeetingOfCase, Integer> highest, Collection<CaseStatement> statements) {
        this.highest = new HashMap<>(highest);
        for (CaseStatement statement : statements) {
            Key key = Key.of(statement);
            ofCase(statement.caseNumber()).put(key, statement);
            stored.add(key);
        }
    }

    /** @return true when the decision changed what is said of its case (false: stale) */
    public boolean decide(CaseStatement statement) {
        if (!supersedes(statement.caseNumber(), statement.meetingId(), statement.revision())) {
            return false;
        }
        Key key = Key.of(statement);
        ofCase(statement.caseNumber()).values().removeIf(s -> s.meetingId().equals(statement.meetingId())
                && s.revision() < statement.revision() && !Key.of(s).equals(key));
        ofCase(statement.caseNumber()).put(key, statement);
        written.add(key);
        return true;
    }

    /** @return true when the retraction changed what is said of its case (false: stale) */
    public boolean retract(String caseNumber, String meetingId, int revision) {
        if (!supersedes(caseNumber, meetingId, revision)) {
            return false;
        }
        ofCase(caseNumber).values().removeIf(s -> s.meetingId().equals(meetingId));
        return true;
    }

    /** What is said of the case now. */
    public Collection<CaseStatement> current(String caseNumber) {
        return List.copyOf(ofCase(caseNumber).values());
    }

    /** The revisions to record: each meeting's new highest, where an event raised it. */
    public Map<MeetingOfCase, Integer> raisedRevisions() {
        return Map.copyOf(raised);
    }

    /** Stored statements that are said no more. */
    public List<Key> removed() {
        return stored.stream().filter(key -> !ofCase(key.caseNumber()).containsKey(key)).toList();
    }

    /** Statements the events made (new, or replacing the stored one of their item) that still stand. */
    public List<CaseStatement> written() {
        List<CaseStatement> standing = new ArrayList<>();
        for (Key key : written) {
            CaseStatement statement = ofCase(key.caseNumber()).get(key);
            if (statement != null) {
                standing.add(statement);
            }
        }
        return standing;
    }

    /** True, and recorded, when {@code revision} is at least what the meeting last said of the case at. */
    private boolean supersedes(String caseNumber, String meetingId, int revision) {
        MeetingOfCase meeting = new MeetingOfCase(caseNumber, meetingId);
        Integer known = highest.get(meeting);
        if (known != null && revision < known) {
            return false;
        }
        if (known == null || revision > known) {
            highest.put(meeting, revision);
            raised.put(meeting, revision);
        }
        return true;
    }

    private Map<Key, CaseStatement> ofCase(String caseNumber) {
        return byCase.computeIfAbsent(caseNumber, n -> new LinkedHashMap<>());
    }
}
