package dk.sagsspor.cases.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Date;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.StringJoiner;

/**
 * Table {@code known_meeting}: each meeting heard of on meeting-published, at its highest revision. The start is
 * kept as the ISO text the event carried, so the API shows it with the Copenhagen offset of that day.
 */
@ApplicationScoped
public class KnownMeetingRepository {

    /** A meeting that is not withdrawn. */
    public record KnownMeeting(String meetingId, String bodyId, LocalDate date, OffsetDateTime startsAt) {
    }

    @Inject
    EntityManager em;

    /** Keeps what the highest revision says; a lower one arriving late changes nothing. */
    public void record(String meetingId, String bodyId, LocalDate date, OffsetDateTime startsAt, int revision,
                       boolean withdrawn) {
        em.createNativeQuery("""
                        insert into known_meeting (meeting_id, body_id, meeting_date, starts_at, revision, withdrawn)
                        values (:id, :body, :date, :start, :revision, :withdrawn)
                        on conflict (meeting_id) do update set body_id = excluded.body_id,
                            meeting_date = excluded.meeting_date, starts_at = excluded.starts_at,
                            revision = excluded.revision, withdrawn = excluded.withdrawn
                        where known_meeting.revision < excluded.revision""")
                .setParameter("id", meetingId).setParameter("body", bodyId).setParameter("date", date)
                .setParameter("start", startsAt.toString()).setParameter("revision", revision)
                .setParameter("withdrawn", withdrawn).executeUpdate();
    }

    /** A withdrawal: the start stays as it was (unknown when the meeting was never published here). */
    public void withdraw(String meetingId, String bodyId, LocalDate date, int revision) {
        em.createNativeQuery("""
                        insert into known_meeting (meeting_id, body_id, meeting_date, starts_at, revision, withdrawn)
                        values (:id, :body, :date, '', :revision, true)
                        on conflict (meeting_id) do update set revision = excluded.revision, withdrawn = true
                        where known_meeting.revision < excluded.revision""")
                .setParameter("id", meetingId).setParameter("body", bodyId).setParameter("date", date)
                .setParameter("revision", revision).executeUpdate();
    }

    /** A body's meeting day, as a step of a timeline has it. */
    public record BodyDay(String bodyId, LocalDate date) {
    }

    /**
     * The meetings, not withdrawn, with one of these ids or held by one of these bodies on that day: one statement,
     * each condition an index lookup (the key; known_meeting_body_date), so it costs the same however many meetings are
     * known.
     */
    public List<KnownMeeting> ofIdsOrDays(Collection<String> meetingIds, Collection<BodyDay> days) {
        if (meetingIds.isEmpty() && days.isEmpty()) {
            return List.of();
        }
        List<BodyDay> listed = List.copyOf(days);
        StringJoiner pairs = new StringJoiner(", ", " or (body_id, meeting_date) in (", ")").setEmptyValue("");
        for (int i = 0; i < listed.size(); i++) {
            pairs.add("(:body" + i + ", :day" + i + ")");
        }
        Query query = em.createNativeQuery("select meeting_id, body_id, meeting_date, starts_at from known_meeting "
                        + "where not withdrawn and (meeting_id in (:ids)" + pairs + ")")
                .setParameter("ids", meetingIds.isEmpty() ? List.of("") : meetingIds);
        for (int i = 0; i < listed.size(); i++) {
            query.setParameter("body" + i, listed.get(i).bodyId()).setParameter("day" + i, listed.get(i).date());
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> new KnownMeeting((String) r[0], (String) r[1],
                r[2] instanceof Date d ? d.toLocalDate() : (LocalDate) r[2], OffsetDateTime.parse((String) r[3])))
                .toList();
    }
}
