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
 * The bodies, persons and attendance one meeting's minutes name, each once: its own body and those of every item's
 * route and history; who attended, who sent word, and who was absent at the history's steps. Pure: the rows are then
 * written in one statement each ({@link dk.sagsspor.meetings.repository.Registrations}).
 */
final class MeetingNames {

    private final Map<String, String> bodyNames = new LinkedHashMap<>();
    private final Map<String, Person> persons = new LinkedHashMap<>();
    private final Map<List<Object>, Attendance> attendance = new LinkedHashMap<>();

    static MeetingNames of(MeetingPublishedV1 event) {
        MeetingNames names = new MeetingNames();
        names.body(event.body().id(), event.body().name());
        for (MeetingItemV1 item : event.items()) {
            item.plannedRoute().forEach(id -> names.body(id, null));
            item.history().forEach(step -> names.body(step.body().id(), step.body().name()));
        }
        LocalDate date = event.startsAt().toLocalDate();
        String body = event.body().id();
        event.attendees().forEach(name -> names.attendance(name, body, date, true));
        event.absentees().forEach(name -> names.attendance(name, body, date, false));
        for (MeetingItemV1 item : event.items()) {
            item.absentees().forEach(name -> names.attendance(name, body, date, false));
            for (HistoryStepV1 step : item.history()) {
                step.absentees().forEach(name -> names.attendance(name, step.body().id(), step.date(), false));
            }
        }
        return names;
    }

    /** One body, as the withdrawal of a meeting never seen published names it. */
    static Collection<Body> onlyBody(String id, String name) {
        MeetingNames names = new MeetingNames();
        names.body(id, name);
        return names.bodies();
    }

    /** The first real name seen stands, as it would have had each mention been registered in turn. */
    private void body(String id, String seenName) {
        String real = seenName == null || seenName.equals(id) ? null : seenName;
        if (bodyNames.get(id) == null) {
            bodyNames.put(id, real);
        }
    }

    /** Listed and excused is excused: attended only when every mention says so. */
    private void attendance(String name, String bodyId, LocalDate date, boolean attended) {
        String personId = People.idOf(name);
        persons.putIfAbsent(personId, new Person(personId, name));
        attendance.merge(List.of(personId, bodyId, date),
                new Attendance(personId, bodyId, date, ElectoralTerms.of(date), attended),
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
        return attendance.values();
    }
}
