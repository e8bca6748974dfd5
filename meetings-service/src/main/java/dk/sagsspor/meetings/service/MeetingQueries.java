package dk.sagsspor.meetings.service;

import dk.sagsspor.events.EventJson;
import dk.sagsspor.meetings.repository.AgendaItemEntity;
import dk.sagsspor.meetings.repository.BodyEntity;
import dk.sagsspor.meetings.repository.MeetingEntity;
import dk.sagsspor.meetings.repository.Repositories;
import dk.sagsspor.meetings.service.Views.CommitteeRef;
import dk.sagsspor.municipal.DanishDates;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Reads what the minutes say about bodies, people and meetings. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class MeetingQueries {

    private final EntityManager em;
    private final Repositories.Bodies bodies;
    private final Repositories.Meetings meetings;
    private final Repositories.AgendaItems items;

    MeetingQueries(EntityManager em, Repositories.Bodies bodies, Repositories.Meetings meetings,
                   Repositories.AgendaItems items) {
        this.em = em;
        this.bodies = bodies;
        this.meetings = meetings;
        this.items = items;
    }

    public List<Views.Committee> committees(OffsetDateTime modifiedSince) {
        List<BodyEntity> list = modifiedSince == null ? bodies.listAll(Sort.by("id"))
                : bodies.list("modifiedAt >= ?1", Sort.by("id"), modifiedSince);
        return list.stream().map(MeetingQueries::committee).toList();
    }

    public Optional<Views.Committee> committee(String id) {
        return bodies.findByIdOptional(id).map(MeetingQueries::committee);
    }

    /** Meetings newest first, filtered by any of committee, date range and modification time. */
    public Views.MeetingPage meetings(String committee, LocalDate from, LocalDate to, OffsetDateTime modifiedSince,
                                      int page, int size, java.util.function.IntFunction<String> pageLink) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (committee != null) {
            where.add("bodyId = :committee");
            params = params.and("committee", committee);
        }
        if (from != null) {
            where.add("startsAt >= :from");
            params = params.and("from", from.atStartOfDay(DanishDates.COPENHAGEN).toOffsetDateTime());
        }
        if (to != null) {
            where.add("startsAt < :to");
            params = params.and("to", to.plusDays(1).atStartOfDay(DanishDates.COPENHAGEN).toOffsetDateTime());
        }
        if (modifiedSince != null) {
            where.add("modifiedAt >= :modifiedSince");
            params = params.and("modifiedSince", modifiedSince);
        }
        Sort newestFirst = Sort.descending("startsAt").and("id", Sort.Direction.Descending);
        var query = where.isEmpty() ? meetings.findAll(newestFirst) : meetings.find(String.join(" and ", where), newestFirst, params);
        // Days are Copenhagen days: a meeting at 17:00 on 2025-12-11 belongs to that date whatever the offset.
        List<MeetingEntity> found = query.page(Page.of(page, size)).list();
        long total = query.count();
        List<Views.MeetingSummary> summaries = found.stream().map(this::summary).toList();
        return new Views.MeetingPage(summaries, total, page, size,
                (long) (page + 1) * size < total ? pageLink.apply(page + 1) : null,
                page > 0 ? pageLink.apply(page - 1) : null);
    }

    public Optional<Views.Meeting> meeting(String id) {
        return meetings.findByIdOptional(id).map(m -> new Views.Meeting(m.id, ref(m.bodyId), m.localStart(),
                m.location, m.status, m.version, m.documentId, strings(m.attendees), strings(m.absentees),
                items.ofMeeting(m.id).stream().map(this::item).toList(), m.modifiedAt));
    }

    /** Members of a body per electoral term, from attendance: who attended, and who sent apologies. */
    /** @param modifiedSince when given, only members whose attendance comes from a meeting changed since then */
    public List<Views.Member> members(String bodyId, String term, OffsetDateTime modifiedSince) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select p.id, p.name, a.term,
                               count(distinct a.date) filter (where a.attended),
                               count(distinct a.date) filter (where not a.attended),
                               min(a.date), max(a.date)
                        from attendance a join person p on p.id = a.person_id
                                          join meeting m on m.id = a.source_meeting_id
                        where a.body_id = :body and (cast(:term as varchar) is null or a.term = :term)
                        group by p.id, p.name, a.term
                        having cast(:since as timestamptz) is null or max(m.modified_at) >= cast(:since as timestamptz)
                        order by a.term desc, p.name""")
                .setParameter("body", bodyId).setParameter("term", term).setParameter("since", modifiedSince)
                .getResultList();
        return rows.stream().map(r -> new Views.Member((String) r[0], (String) r[1], (String) r[2],
                ((Number) r[3]).longValue(), ((Number) r[4]).longValue(), date(r[5]), date(r[6]))).toList();
    }

    public Optional<Views.Person> person(String personId) {
        @SuppressWarnings("unchecked")
        List<Object[]> person = em.createNativeQuery("select id, name from person where id = :id")
                .setParameter("id", personId).getResultList();
        if (person.isEmpty()) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select a.body_id, a.term, count(distinct a.date) filter (where a.attended),
                               count(distinct a.date) filter (where not a.attended), min(a.date), max(a.date)
                        from attendance a where a.person_id = :id
                        group by a.body_id, a.term order by a.term desc, a.body_id""")
                .setParameter("id", personId).getResultList();
        return Optional.of(new Views.Person((String) person.get(0)[0], (String) person.get(0)[1], rows.stream()
                .map(r -> new Views.Membership(ref((String) r[0]), (String) r[1], ((Number) r[2]).longValue(),
                        ((Number) r[3]).longValue(), date(r[4]), date(r[5]))).toList()));
    }

    /**
     * Danish full-text search over titles, decisions and sections, best first. Every word also matches as a prefix,
     * because Danish joins words: "hjemløs" must find "hjemløsestrategien".
     */
    public List<Views.SearchHit> search(String q, int limit) {
        String prefixQuery = Arrays.stream(q.toLowerCase().split("[^\\p{L}\\p{N}]+"))
                .filter(w -> !w.isBlank()).map(w -> w + ":*").collect(Collectors.joining(" & "));
        if (prefixQuery.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select i.meeting_id, i.number, i.title, i.case_number, i.outcome,
                               ts_rank(i.search, query) as rank,
                               ts_headline('danish', concat_ws(' ', i.title, i.decision_text, i.resume, i.sagsfremstilling),
                                           query, 'MaxWords=30, MinWords=10, StartSel=«, StopSel=»') as snippet
                        from agenda_item i, to_tsquery('danish', :q) query
                        where i.search @@ query
                        order by rank desc, i.meeting_id desc, i.number
                        limit :limit""")
                .setParameter("q", prefixQuery).setParameter("limit", limit).getResultList();
        return rows.stream().map(r -> {
            MeetingEntity meeting = meetings.findById((String) r[0]);
            return new Views.SearchHit(meeting.id, ref(meeting.bodyId), meeting.localStart(), ((Number) r[1]).intValue(),
                    (String) r[2], (String) r[3], (String) r[4], ((Number) r[5]).doubleValue(), (String) r[6]);
        }).toList();
    }

    public List<MeetingEntity> meetingsOf(String bodyId) {
        return meetings.list("bodyId", Sort.descending("startsAt"), bodyId);
    }

    public List<String> agendaTitles(String meetingId) {
        return items.ofMeeting(meetingId).stream().map(i -> i.key.number() + ". " + i.title).toList();
    }

    private Views.MeetingSummary summary(MeetingEntity m) {
        return new Views.MeetingSummary(m.id, ref(m.bodyId), m.localStart(), m.location, m.status, m.version,
                (int) items.count("key.meetingId", m.id), m.modifiedAt);
    }

    private Views.Item item(AgendaItemEntity i) {
        return new Views.Item(i.key.number(), i.title, i.timeSlot, i.caseNumber, i.decisionText, i.outcome,
                strings(i.absentees), new Views.Sections(i.resume, i.indstillinger, i.sagsfremstilling,
                i.oekonomiskeKonsekvenser), strings(i.plannedRoute), strings(i.attachments));
    }

    private CommitteeRef ref(String bodyId) {
        BodyEntity body = bodies.findById(bodyId);
        return body == null ? new CommitteeRef(bodyId, bodyId, null) : new CommitteeRef(body.id, body.name, body.abbreviation);
    }

    private static Views.Committee committee(BodyEntity b) {
        return new Views.Committee(b.id, b.name, b.abbreviation, b.kind, b.modifiedAt);
    }

    private static List<String> strings(String array) {
        return EventJson.readStrings(array);
    }

    private static LocalDate date(Object value) {
        return value instanceof Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
