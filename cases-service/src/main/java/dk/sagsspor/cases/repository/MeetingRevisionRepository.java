package dk.sagsspor.cases.repository;

import dk.sagsspor.cases.domain.StatementLedger.MeetingOfCase;
import dk.sagsspor.events.EventJson;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The highest revision at which each meeting spoke of each case (table {@code case_meeting_revision}), by a decision
 * or a retraction. What arrives later with a lower revision is stale.
 */
@ApplicationScoped
public class MeetingRevisionRepository {

    /** A row as the statements send it. */
    private record Row(String caseNumber, String meetingId, int revision) {
    }

    @Inject
    EntityManager em;

    /**
     * The highest revisions of these meetings of cases (absent: never spoke of it), their rows locked so that two
     * consumers of one case take turns; locked in one order, so two batches cannot wait for each other.
     */
    public Map<MeetingOfCase, Integer> highestLocked(Collection<MeetingOfCase> meetings) {
        if (meetings.isEmpty()) {
            return Map.of();
        }
        List<Row> asked = meetings.stream().map(m -> new Row(m.caseNumber(), m.meetingId(), 0)).toList();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select case_number, meeting_id, revision from case_meeting_revision
                        where (case_number, meeting_id) in (select r."caseNumber", r."meetingId"
                            from json_to_recordset(cast(convert_from(:rows, 'UTF8') as json)) as r("caseNumber" text, "meetingId" text))
                        order by case_number, meeting_id
                        for update""")
                .setParameter("rows", EventJson.writeUtf8(asked)).getResultList();
        Map<MeetingOfCase, Integer> highest = new HashMap<>();
        rows.forEach(r -> highest.put(new MeetingOfCase((String) r[0], (String) r[1]), ((Number) r[2]).intValue()));
        return highest;
    }

    /** Raises each meeting's revision to the one given; a lower one never lowers it. */
    public void recordAll(Map<MeetingOfCase, Integer> revisions) {
        if (revisions.isEmpty()) {
            return;
        }
        // In the order highestLocked locks in: rows inserted now are locked by the insert, in this order.
        List<Row> rows = revisions.entrySet().stream()
                .map(e -> new Row(e.getKey().caseNumber(), e.getKey().meetingId(), e.getValue()))
                .sorted(Comparator.comparing(Row::caseNumber).thenComparing(Row::meetingId)).toList();
        em.createNativeQuery("""
                        insert into case_meeting_revision (case_number, meeting_id, revision)
                        select r."caseNumber", r."meetingId", r.revision
                        from json_to_recordset(cast(convert_from(:rows, 'UTF8') as json)) as r("caseNumber" text, "meetingId" text, revision int)
                        on conflict (case_number, meeting_id)
                        do update set revision = greatest(case_meeting_revision.revision, excluded.revision)""")
                .setParameter("rows", EventJson.writeUtf8(rows)).executeUpdate();
    }
}
