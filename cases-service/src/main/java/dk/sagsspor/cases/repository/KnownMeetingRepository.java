package dk.sagsspor.cases.repository;

import dk.sagsspor.events.EventJson;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Date;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

    /**
     * A meeting as meeting-published (or its withdrawal) told of it.
     *
     * @param startsAt the start as the event carried it (ISO text, its own offset); null for a withdrawal
     */
    public record Heard(String meetingId, String bodyId, LocalDate date, String startsAt, int revision,
                        boolean withdrawn) {
    }

    /**
     * Keeps what the highest revision says of each meeting; a lower one arriving late changes nothing, nor does a
     * second one of the same revision. A withdrawal keeps the start as it was (unknown, '', for a meeting never
     * published here). One statement for them all.
     */
    public void recordAll(Collection<Heard> heard) {
        Map<String, Heard> newest = new LinkedHashMap<>();
        heard.forEach(m -> newest.merge(m.meetingId(), m,
                (kept, later) -> later.revision() > kept.revision() ? later : kept));
        if (newest.isEmpty()) {
            return;
        }
        em.createNativeQuery("""
                        insert into known_meeting (meeting_id, body_id, meeting_date, starts_at, revision, withdrawn)
                        select r."meetingId", r."bodyId", r.date, coalesce(r."startsAt", ''), r.revision, r.withdrawn
                        from json_to_recordset(cast(convert_from(:rows, 'UTF8') as json)) as r("meetingId" text, "bodyId" text, date date,
                             "startsAt" text, revision int, withdrawn boolean)
                        on conflict (meeting_id) do update set
                            body_id = case when excluded.withdrawn then known_meeting.body_id else excluded.body_id end,
                            meeting_date = case when excluded.withdrawn then known_meeting.meeting_date
                                else excluded.meeting_date end,
                            starts_at = case when excluded.withdrawn then known_meeting.starts_at else excluded.starts_at end,
                            revision = excluded.revision, withdrawn = excluded.withdrawn
                        where known_meeting.revision < excluded.revision""")
                .setParameter("rows", EventJson.writeUtf8(newest.values())).executeUpdate();
    }

    /** A body's meeting day, as a step of a timeline has it. */
    public record BodyDay(String bodyId, LocalDate date) {
    }

    /**
     * The meetings, not withdrawn, with one of these ids or held by one of these bodies on that day: one statement of
     * the same text whatever the number of ids and days (they travel as JSON), each half an index lookup per id or day
     * (the key; known_meeting_body_date), so it costs the same however many meetings are known. A statement with a
     * parameter per id and day was a new statement for every count: Hibernate keeps each one's parsed parameters, and
     * cases-service's answer writer, linking a hundred cases at a time, filled its heap with 90,000 of them.
     */
    public List<KnownMeeting> ofIdsOrDays(Collection<String> meetingIds, Collection<BodyDay> days) {
        if (meetingIds.isEmpty() && days.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select meeting_id, body_id, meeting_date, starts_at from known_meeting
                        where not withdrawn and meeting_id in (select json_array_elements_text(cast(convert_from(:ids, 'UTF8') as json)))
                        union
                        select k.meeting_id, k.body_id, k.meeting_date, k.starts_at
                        from json_to_recordset(cast(convert_from(:days, 'UTF8') as json)) as d("bodyId" text, date date)
                        join known_meeting k on k.body_id = d."bodyId" and k.meeting_date = d.date
                        where not k.withdrawn""")
                .setParameter("ids", EventJson.writeUtf8(meetingIds)).setParameter("days", EventJson.writeUtf8(days))
                .getResultList();
        return rows.stream().map(r -> new KnownMeeting((String) r[0], (String) r[1],
                r[2] instanceof Date d ? d.toLocalDate() : (LocalDate) r[2], OffsetDateTime.parse((String) r[3])))
                .toList();
    }
}
