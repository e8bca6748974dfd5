package dk.sagsspor.meetings.service;

import dk.sagsspor.events.HistoryStepV1;
import dk.sagsspor.events.MeetingItemV1;
import dk.sagsspor.events.MeetingPublishedV1;
import dk.sagsspor.meetings.repository.Registrations.Attendance;
import dk.sagsspor.meetings.repository.Registrations.Body;
import dk.sagsspor.meetings.repository.Registrations.Person;
import dk.sagsspor.municipal.BodyRegistry;
import dk.sagsspor.municipal.ElectoralTerms;
import dk.sagsspor.municipal.People;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The bodies, persons and attendance a consumer batch's minutes name, each once, with the rules of registering them in
 * turn: every meeting's own body and those of its items' routes and histories; who attended, who sent word, and who was
 * absent at the history's steps. Bodies and persons stay registered whatever comes later; a meeting's attendance is its
 * newest version's (a later version of the meeting replaces it, a withdrawal leaves none). Pure: the rows are then
 * written in one statement each for the whole batch ({@link dk.sagsspor.meetings.repository.Registrations}).
 */
final class MeetingNames {

    private final Map<String, String> bodyNames = new LinkedHashMap<>();
    private final Map<String, Person> persons = new LinkedHashMap<>();
    /** By meeting id, then by person, body and day. */
    private final Map<String, Map<List<Object>, Attendance>> attendance = new LinkedHashMap<>();

    /** What one meeting's minutes name. */
    static MeetingNames of(MeetingPublishedV1 event) {
        MeetingNames names = new MeetingNames();
        names.add(event);
        return names;
    }

    /** Registers what the minutes name; their attendance replaces what an older version of the meeting said. */
    void add(MeetingPublishedV1 event) {
        body(event.body().id(), event.body().name());
        for (MeetingItemV1 item : event.items()) {
            item.plannedRoute().forEach(id -> body(id, null));
            item.history().forEach(step -> body(step.body().id(), step.body().name()));
        }
        Map<List<Object>, Attendance> rows = new LinkedHashMap<>();
        attendance.put(event.meetingId(), rows);
        LocalDate date = event.startsAt().toLocalDate();
        String body = event.body().id();
        event.attendees().forEach(name -> attendance(rows, event.meetingId(), name, body, date, true));
        event.absentees().forEach(name -> attendance(rows, event.meetingId(), name, body, date, false));
        for (MeetingItemV1 item : event.items()) {
            item.absentees().forEach(name -> attendance(rows, event.meetingId(), name, body, date, false));
            for (HistoryStepV1 step : item.history()) {
                step.absentees().forEach(name -> attendance(rows, event.meetingId(), name, step.body().id(),
                        step.date(), false));
            }
        }
    }

    /** The meeting is withdrawn: no attendance of it stands. */
    void withdraw(String meetingId) {
        attendance.remove(meetingId);
    }

    /** The first real name seen stands, as it would have had each mention been registered in turn. */
    void body(String id, String seenName) {
        String real = seenName == null || seenName.equals(id) ? null : seenName;
        if (bodyNames.get(id) == null) {
            bodyNames.put(id, real);
        }
    }

    /** Listed and excused is excused: attended only when every mention says so. */
    private void attendance(Map<List<Object>, Attendance> rows, String meetingId, String name, String bodyId,
                            LocalDate date, boolean attended) {
        String personId = People.idOf(name);
        persons.putIfAbsent(personId, new Person(personId, name));
        rows.merge(List.of(personId, bodyId, date),
                new Attendance(meetingId, personId, bodyId, date, ElectoralTerms.of(date), attended),
                (before, now) -> before.attended() ? now : before);
    }

    Collection<Body> bodies() {
        List<Body> bodies = new ArrayList<>(bodyNames.size());
        bodyNames.forEach((id, seenName) -> {
            var registered = BodyRegistry.byId(id);
            bodies.add(new Body(id, registered.map(BodyRegistry.Entry::name).orElse(seenName != null ? seenName : id),
                    registered.map(BodyRegistry.Entry::abbreviation).orElse(null),
                    registered.map(BodyRegistry.Entry::kind).orElse("OTHER")));
        });
        return bodies;
    }

    Collection<Person> persons() {
        return persons.values();
    }

    Collection<Attendance> attendance() {
        return attendance.values().stream().flatMap(rows -> rows.values().stream()).toList();
    }
}
