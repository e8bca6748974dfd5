package dk.sagsspor.meetings.service;

import dk.sagsspor.problems.Found;
import dk.sagsspor.problems.Hrefs;
import dk.sagsspor.problems.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

/**
 * The persons read model, derived from attendance: a body's members per electoral term, and a person's memberships
 * across bodies. Each is one aggregate statement over attendance (after one that checks the body or person exists).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PersonQueries {

    /**
     * How attendance counts, for members and memberships alike: meetings attended and meetings absent (a day counts
     * once), and the first and last day seen.
     */
    private static final String ATTENDANCE = """
            count(distinct a.date) filter (where a.attended), count(distinct a.date) filter (where not a.attended),
            min(a.date), max(a.date)""";

    @Inject
    EntityManager em;
    @Inject
    CommitteeQueries committees;
    @Inject
    Hrefs hrefs;

    /** The members of one body (and term, and modifiedSince), grouped per person and term. */
    private static final String MEMBERS = """
            from attendance a join person p on p.id = a.person_id
                              join meeting m on m.id = a.source_meeting_id
            where a.body_id = :body and (cast(:term as varchar) is null or a.term = :term)
            group by p.id, p.name, a.term
            having cast(:since as timestamptz) is null or max(m.modified_at) >= cast(:since as timestamptz)""";

    /** A person's id, name and when they or a meeting they are recorded at last changed. */
    private static final String PERSON = """
            select p.id, p.name, greatest(p.modified_at, (select max(m.modified_at) from attendance a
                    join meeting m on m.id = a.source_meeting_id where a.person_id = p.id))
            from person p""";

    /**
     * A page of a body's members per electoral term, from attendance: who attended, and who sent apologies. Three
     * statements: the body, the page, the total.
     *
     * @param modifiedSince when given, only members whose attendance comes from a meeting changed since then
     * @throws ProblemException not-found for an unknown body
     */
    public Found<Views.Member> members(String bodyId, String term, OffsetDateTime modifiedSince, int page, int size) {
        committees.committee(bodyId);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = withMemberFilter(em.createNativeQuery("select p.id, p.name, a.term, " + ATTENDANCE
                + ", max(m.modified_at) " + MEMBERS + " order by a.term desc, p.name, p.id limit :size offset :offset"),
                bodyId, term, modifiedSince)
                .setParameter("size", size).setParameter("offset", (long) page * size).getResultList();
        Number total = (Number) withMemberFilter(em.createNativeQuery("select count(*) from (select 1 " + MEMBERS
                + ") members"), bodyId, term, modifiedSince).getSingleResult();
        return new Found<>(rows.stream().map(r -> new Views.Member((String) r[0], (String) r[1], (String) r[2],
                count(r[3]), count(r[4]), date(r[5]), date(r[6]), time(r[7]), hrefs.person((String) r[0]))).toList(),
                total.longValue());
    }

    private static Query withMemberFilter(Query query, String bodyId, String term, OffsetDateTime modifiedSince) {
        return query.setParameter("body", bodyId).setParameter("term", term).setParameter("since", modifiedSince);
    }

    /**
     * A page of everyone the minutes name, by name; with {@code q}, those whose name contains it (any case). Two
     * statements: the page, the total.
     */
    public Found<Views.PersonSummary> persons(String q, int page, int size) {
        String pattern = q == null ? null : "%" + q.toLowerCase(Locale.ROOT).replace("\\", "\\\\")
                .replace("%", "\\%").replace("_", "\\_") + "%";
        String where = " where cast(:q as varchar) is null or lower(p.name) like cast(:q as varchar)";
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(PERSON + where + " order by p.name, p.id limit :size offset :offset")
                .setParameter("q", pattern).setParameter("size", size).setParameter("offset", (long) page * size)
                .getResultList();
        Number total = (Number) em.createNativeQuery("select count(*) from person p" + where)
                .setParameter("q", pattern).getSingleResult();
        return new Found<>(rows.stream().map(r -> new Views.PersonSummary((String) r[0], (String) r[1], time(r[2]),
                hrefs.person((String) r[0]))).toList(), total.longValue());
    }

    /** @throws ProblemException not-found */
    public Views.Person person(String personId) {
        @SuppressWarnings("unchecked")
        List<Object[]> person = em.createNativeQuery(PERSON + " where p.id = :id")
                .setParameter("id", personId).getResultList();
        if (person.isEmpty()) {
            throw ProblemException.notFound("No person with id '" + personId
                    + "'. Person ids are the name in lower case with dashes, e.g. nikolaj-lykke-vad.");
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select a.body_id, b.name, b.abbreviation, a.term, %s
                        from attendance a join body b on b.id = a.body_id
                        where a.person_id = :id
                        group by a.body_id, b.name, b.abbreviation, a.term
                        order by a.term desc, a.body_id""".formatted(ATTENDANCE))
                .setParameter("id", personId).getResultList();
        return new Views.Person((String) person.get(0)[0], (String) person.get(0)[1], rows.stream()
                .map(r -> new Views.Membership(new Views.CommitteeRef((String) r[0], (String) r[1], (String) r[2]),
                        (String) r[3], count(r[4]), count(r[5]), date(r[6]), date(r[7]))).toList(),
                time(person.get(0)[2]), hrefs.person(personId));
    }

    private static long count(Object value) {
        return ((Number) value).longValue();
    }

    /** A native query's timestamptz: Hibernate hands it over as an Instant, a Timestamp or an OffsetDateTime. */
    private static OffsetDateTime time(Object value) {
        if (value instanceof Instant instant) {
            return instant.atOffset(ZoneOffset.UTC);
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant().atOffset(ZoneOffset.UTC);
        }
        return (OffsetDateTime) value;
    }

    private static LocalDate date(Object value) {
        return value instanceof Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
