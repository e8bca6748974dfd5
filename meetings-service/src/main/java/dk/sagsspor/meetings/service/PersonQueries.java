package dk.sagsspor.meetings.service;

import dk.sagsspor.problems.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

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

    /**
     * Members of a body per electoral term, from attendance: who attended, and who sent apologies.
     *
     * @param modifiedSince when given, only members whose attendance comes from a meeting changed since then
     * @throws ProblemException not-found for an unknown body
     */
    public List<Views.Member> members(String bodyId, String term, OffsetDateTime modifiedSince) {
        committees.committee(bodyId);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select p.id, p.name, a.term, %s, max(m.modified_at)
                        from attendance a join person p on p.id = a.person_id
                                          join meeting m on m.id = a.source_meeting_id
                        where a.body_id = :body and (cast(:term as varchar) is null or a.term = :term)
                        group by p.id, p.name, a.term
                        having cast(:since as timestamptz) is null or max(m.modified_at) >= cast(:since as timestamptz)
                        order by a.term desc, p.name""".formatted(ATTENDANCE))
                .setParameter("body", bodyId).setParameter("term", term).setParameter("since", modifiedSince)
                .getResultList();
        return rows.stream().map(r -> new Views.Member((String) r[0], (String) r[1], (String) r[2],
                count(r[3]), count(r[4]), date(r[5]), date(r[6]), time(r[7]))).toList();
    }

    /** @throws ProblemException not-found */
    public Views.Person person(String personId) {
        @SuppressWarnings("unchecked")
        List<Object[]> person = em.createNativeQuery("""
                        select p.id, p.name, greatest(p.modified_at, (select max(m.modified_at) from attendance a
                                join meeting m on m.id = a.source_meeting_id where a.person_id = p.id))
                        from person p where p.id = :id""")
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
                time(person.get(0)[2]));
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
