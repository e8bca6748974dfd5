package dk.sagsspor.cases.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;

/**
 * The highest revision at which each meeting spoke of each case (table {@code case_meeting_revision}), by a decision
 * or a retraction. What arrives later with a lower revision is stale.
 */
@ApplicationScoped
public class MeetingRevisionRepository {

    @Inject
    EntityManager em;

    /** 0 when the meeting never spoke of the case. Locks the row, so two consumers of one case take turns. */
    public int highest(String caseNumber, String meetingId) {
        @SuppressWarnings("unchecked")
        List<Number> found = em.createNativeQuery("select revision from case_meeting_revision "
                        + "where case_number = :c and meeting_id = :m for update")
                .setParameter("c", caseNumber).setParameter("m", meetingId).getResultList();
        return found.isEmpty() ? 0 : found.get(0).intValue();
    }

    public void record(String caseNumber, String meetingId, int revision) {
        em.createNativeQuery("insert into case_meeting_revision (case_number, meeting_id, revision) "
                        + "values (:c, :m, :r) on conflict (case_number, meeting_id) "
                        + "do update set revision = greatest(case_meeting_revision.revision, excluded.revision)")
                .setParameter("c", caseNumber).setParameter("m", meetingId).setParameter("r", revision)
                .executeUpdate();
    }
}
