package dk.sagsspor.cases.service;

import dk.sagsspor.cases.domain.CaseView;
import dk.sagsspor.cases.domain.SourceKind;
import dk.sagsspor.cases.repository.KnownMeetingRepository;
import dk.sagsspor.cases.repository.KnownMeetingRepository.BodyDay;
import dk.sagsspor.cases.repository.KnownMeetingRepository.KnownMeeting;
import dk.sagsspor.problems.ApiLinks.MeetingLink;
import dk.sagsspor.problems.Hrefs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Links the timelines the API answers: steps to their meetings, sources to their document, meeting and item. The
 * meetings of a whole batch of cases are read in one statement.
 */
@ApplicationScoped
public class CaseLinks {

    @Inject
    KnownMeetingRepository knownMeetings;
    @Inject
    Hrefs hrefs;

    /** The timelines, linked; {@code deleted} says which of them are gone (by case number). */
    public List<CaseViews.Case> linked(List<CaseView> views, Set<String> deleted) {
        Meetings meetings = meetingsOf(views);
        return views.stream().map(view -> linked(view, deleted.contains(view.caseNumber()), meetings)).toList();
    }

    public CaseViews.Case linked(CaseView view) {
        return linked(List.of(view), Set.of()).get(0);
    }

    private CaseViews.Case linked(CaseView v, boolean deleted, Meetings meetings) {
        return new CaseViews.Case(v.caseNumber(), v.title(), v.titles(), v.status(), v.plannedRoute(),
                v.nextCommittee(), v.pending(), v.lastActivity(), v.steps().stream().map(s -> step(s, meetings))
                .toList(), v.revision(), v.modifiedAt(), deleted, hrefs.caseOf(v.caseNumber()));
    }

    private CaseViews.Step step(CaseView.Step s, Meetings meetings) {
        return new CaseViews.Step(s.date(), s.committee(), s.decisionText(), s.outcome(),
                hrefs.personsNamed(s.absentees()), s.conflict(), s.unplanned(),
                meetingOf(s, meetings).map(this::link).orElse(null),
                s.sources().stream().map(source -> new CaseViews.Source(source.documentId(), source.meetingId(),
                        source.itemNumber(), source.kind(), source.decisionText(),
                        hrefs.documentLink(source.documentId()),
                        hrefs.meetingLink(source.meetingId(), meetings.start(source.meetingId())),
                        hrefs.itemLink(source.meetingId(), source.itemNumber()))).toList());
    }

    private MeetingLink link(Meeting meeting) {
        return hrefs.meetingLink(meeting.id(), meeting.startsAt());
    }

    /**
     * The meeting a step happened at: the meeting of its body's own minutes (an AGENDA_ITEM source) when there is
     * one; else the meeting of that body on that date this service has heard of, if any.
     */
    static Optional<Meeting> meetingOf(CaseView.Step step, Meetings meetings) {
        Optional<Meeting> own = step.sources().stream().filter(s -> s.kind() == SourceKind.AGENDA_ITEM).findFirst()
                .map(s -> new Meeting(s.meetingId(), meetings.start(s.meetingId())));
        return own.isPresent() ? own : meetings.held(step.committee().id(), step.date());
    }

    record Meeting(String id, java.time.OffsetDateTime startsAt) {
    }

    /** The meetings a batch of timelines may link, by id and by body and date. */
    record Meetings(Map<String, KnownMeeting> byId, Map<String, KnownMeeting> byBodyAndDate) {

        java.time.OffsetDateTime start(String meetingId) {
            KnownMeeting known = byId.get(meetingId);
            return known == null ? null : known.startsAt();
        }

        Optional<Meeting> held(String bodyId, LocalDate date) {
            return Optional.ofNullable(byBodyAndDate.get(dayKey(bodyId, date)))
                    .map(m -> new Meeting(m.meetingId(), m.startsAt()));
        }

        static Meetings of(Collection<KnownMeeting> known) {
            Map<String, KnownMeeting> byId = new HashMap<>();
            Map<String, KnownMeeting> byDay = new HashMap<>();
            known.forEach(m -> {
                byId.put(m.meetingId(), m);
                // Two meetings of one body on one day would share an id (<body>-<date>): the first is as good.
                byDay.putIfAbsent(dayKey(m.bodyId(), m.date()), m);
            });
            return new Meetings(byId, byDay);
        }
    }

    /**
     * What a timeline's links depend on (a stored answer is written again when one of them is heard of or withdrawn):
     * the ids of its sources' meetings and its steps' bodies and days, as {@link #meetingKeys(String, String,
     * LocalDate)} names a meeting.
     */
    public static Set<String> meetingKeys(CaseView view) {
        Set<String> keys = new TreeSet<>();
        view.steps().forEach(s -> {
            keys.add(dayKey(s.committee().id(), s.date()));
            s.sources().forEach(source -> keys.add(source.meetingId()));
        });
        return keys;
    }

    /** A meeting as {@link #meetingKeys(CaseView)} names what a timeline may link: by its id and by body and day. */
    public static List<String> meetingKeys(String meetingId, String bodyId, LocalDate date) {
        return List.of(meetingId, dayKey(bodyId, date));
    }

    private static String dayKey(String bodyId, LocalDate date) {
        return bodyId + "|" + date;
    }

    private Meetings meetingsOf(List<CaseView> views) {
        Set<String> ids = new HashSet<>();
        Set<BodyDay> days = new HashSet<>();
        views.forEach(v -> v.steps().forEach(s -> {
            days.add(new BodyDay(s.committee().id(), s.date()));
            s.sources().forEach(source -> ids.add(source.meetingId()));
        }));
        return Meetings.of(knownMeetings.ofIdsOrDays(ids, days));
    }
}
