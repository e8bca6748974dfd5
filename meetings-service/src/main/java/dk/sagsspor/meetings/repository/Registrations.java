package dk.sagsspor.meetings.repository;

import dk.sagsspor.events.EventJson;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;

/**
 * The bodies, persons and attendance a consumer batch's meetings name, each kind written in one statement for the
 * whole batch (the rows travel as one JSON array): a meeting names the same few bodies in every item's route and
 * history, and one statement a name made 30 round trips a meeting.
 */
@ApplicationScoped
public class Registrations {

    /** A body as first registered: a real name replaces a placeholder (its id) later, nothing else changes it. */
    public record Body(String id, String name, String abbreviation, String kind) {
    }

    public record Person(String id, String name) {
    }

    /** Whether the person attended the body's meeting of that date, as the source meeting's minutes say. */
    public record Attendance(String meeting, String person, String body, LocalDate date, String term,
                             boolean attended) {
    }

    @Inject
    EntityManager em;

    /** Registers bodies on first sight; a real name replaces a placeholder id-as-name seen in a route before. */
    public void bodies(Collection<Body> bodies, OffsetDateTime now) {
        if (bodies.isEmpty()) {
            return;
        }
        em.createNativeQuery("""
                        insert into body (id, name, abbreviation, kind, modified_at)
                        select r.id, r.name, r.abbreviation, r.kind, :now
                        from json_to_recordset(cast(convert_from(:rows, 'UTF8') as json)) as r(id text, name text, abbreviation text, kind text)
                        on conflict (id) do update set name = excluded.name, modified_at = excluded.modified_at
                        where body.name = body.id and excluded.name <> excluded.id""")
                .setParameter("rows", EventJson.writeUtf8(bodies)).setParameter("now", now).executeUpdate();
    }

    public void persons(Collection<Person> persons, OffsetDateTime now) {
        if (persons.isEmpty()) {
            return;
        }
        em.createNativeQuery("""
                        insert into person (id, name, modified_at)
                        select r.id, r.name, :now from json_to_recordset(cast(convert_from(:rows, 'UTF8') as json)) as r(id text, name text)
                        on conflict (id) do nothing""")
                .setParameter("rows", EventJson.writeUtf8(persons)).setParameter("now", now).executeUpdate();
    }

    /** Removes what these meetings' minutes said of attendance (a newer version says it all again). */
    public void forgetAttendanceOf(Collection<String> sourceMeetingIds) {
        if (!sourceMeetingIds.isEmpty()) {
            em.createNativeQuery("delete from attendance where source_meeting_id in (:ids)")
                    .setParameter("ids", sourceMeetingIds).executeUpdate();
        }
    }

    /** An "Afbud:" outweighs the attendance list: a member listed and excused was not there (each row once). */
    public void attendance(Collection<Attendance> rows) {
        if (rows.isEmpty()) {
            return;
        }
        em.createNativeQuery("""
                        insert into attendance (source_meeting_id, person_id, body_id, date, term, attended)
                        select r.meeting, r.person, r.body, r.date, r.term, r.attended
                        from json_to_recordset(cast(convert_from(:rows, 'UTF8') as json))
                             as r(meeting text, person text, body text, date date, term text, attended boolean)
                        on conflict (source_meeting_id, person_id, body_id, date)
                        do update set attended = attendance.attended and excluded.attended""")
                .setParameter("rows", EventJson.writeUtf8(rows)).executeUpdate();
    }
}
