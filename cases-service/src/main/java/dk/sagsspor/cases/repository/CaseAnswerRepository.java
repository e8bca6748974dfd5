package dk.sagsspor.cases.repository;

import dk.sagsspor.events.EventJson;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Table {@code case_answer}: {@code GET /cases/{n}}'s answer of each case, written ahead ({@link
 * dk.sagsspor.cases.service.CaseAnswerWriter}), gzipped, with its tag; null while it is due (the case or a meeting it
 * links changed since it was written).
 */
@ApplicationScoped
public class CaseAnswerRepository {

    /** Rows a multi-row statement sends at most: each row of {@link #writeAll} carries a whole gzipped answer. */
    private static final int ROWS_PER_STATEMENT = 100;

    /**
     * What a read of a case finds: whether it has a view at all (else empty), whether it is deleted, when it last
     * changed, and its stored answer, if written (null while due).
     */
    public record Stored(boolean deleted, OffsetDateTime modifiedAt, byte[] gzippedAnswer, String etag, String links) {
    }

    /** A written answer, as {@link #writeAll} stores it; without answer and tag for a case that has none. */
    public record Written(String caseNumber, byte[] answer, String etag, String links, Set<String> meetings) {
    }

    @Inject
    EntityManager em;
    @Inject
    DataSource dataSource;

    /**
     * The case's view's state and stored answer, in one indexed statement. Plain JDBC, outside any transaction: this
     * is all a read of a case not kept in memory does, and Hibernate's session around a native query cost as much as
     * the query.
     */
    public Optional<Stored> find(String caseNumber) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("""
                     select v.deleted, v.updated_at, a.answer, a.etag, a.links
                     from case_view v left join case_answer a on a.case_number = v.case_number
                     where v.case_number = ?""")) {
            select.setString(1, caseNumber);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(new Stored(row.getBoolean(1), row.getObject(2, OffsetDateTime.class),
                        row.getBytes(3), row.getString(4), row.getString(5))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the stored answer of case " + caseNumber + " failed", e);
        }
    }

    /**
     * Holds, until the transaction ends, the right to read which meetings answers link and write answers from that:
     * shared among writers of answers ({@link dk.sagsspor.cases.service.CaseAnswerWriter}, in a consumer of decisions
     * or on its own), exclusive for a consumer that heard of meetings ({@link #holdMeetingsExclusive}). So a meeting
     * heard of is either seen by a writer's read of the known meetings, or marks due, after the writer's commit, the
     * answer the writer wrote without it: never neither, as when a decision's answer was written while its own
     * meeting was being heard of. A transaction-level advisory lock, shared by every instance on the database; taken
     * before any row of case_answer is locked, by every side, so no two wait on each other.
     */
    public void holdMeetingsShared() {
        holdMeetings("pg_advisory_xact_lock_shared");
    }

    /** {@link #holdMeetingsShared}, exclusive: for the transaction that records meetings heard of and marks due. */
    public void holdMeetingsExclusive() {
        holdMeetings("pg_advisory_xact_lock");
    }

    private void holdMeetings(String lockFunction) {
        em.createNativeQuery("select cast(" + lockFunction + "(:key) as text)")
                .setParameter("key", MEETINGS_LOCK).getSingleResult();
    }

    /** The advisory lock's key, apart from the outbox relay's (which hash "sagsspor-outbox" and the source). */
    private static final long MEETINGS_LOCK = ((long) "sagsspor-case-answer".hashCode() << 32)
            | ("meetings".hashCode() & 0xffffffffL);

    /**
     * The answers that may link any of these meetings (by {@link dk.sagsspor.cases.service.CaseLinks#meetingKeys})
     * are due. Locked by case number first, the order a consumer of decisions locks them in. Those already due too: a
     * writer may hold one, written from the meetings before these; the lock waits for it, then marks it due again.
     */
    public void markDueLinking(Collection<String> meetingKeys) {
        if (meetingKeys.isEmpty()) {
            return;
        }
        em.createNativeQuery("""
                        update case_answer set answer = null, etag = null, due = nextval('case_answer_due')
                        where case_number in (select case_number from case_answer
                            where meetings && array(select json_array_elements_text(cast(convert_from(:keys, 'UTF8') as json)))
                            order by case_number for update)""")
                .setParameter("keys", EventJson.writeUtf8(meetingKeys)).executeUpdate();
    }

    /** Every written answer whose links were written with other base URLs than {@code links} is due. */
    public int markDueUnless(String links) {
        return em.createNativeQuery("""
                        update case_answer set answer = null, etag = null, due = nextval('case_answer_due')
                        where answer is not null and links <> :links""")
                .setParameter("links", links).executeUpdate();
    }

    /** Every answer is due (the meetings were forgotten, e.g.); deleted cases have none. */
    public void markAllDue() {
        em.createNativeQuery("update case_answer set answer = null, etag = null, due = nextval('case_answer_due') "
                + "where answer is not null or due is not null").executeUpdate();
    }

    /**
     * Up to {@code atMost} of the cases whose answers are due, longest due first, locked until the transaction ends;
     * rows another writer (another instance) holds are skipped, so instances share the work instead of doubling it.
     */
    public List<String> lockDue(int atMost) {
        @SuppressWarnings("unchecked")
        List<String> due = em.createNativeQuery("""
                        select case_number from case_answer where due is not null
                        order by due limit :atMost for update skip locked""")
                .setParameter("atMost", atMost).getResultList();
        return due;
    }

    /**
     * Stores the answers, in case-number order (the order {@link #markDueLinking} locks rows in); they are no longer
     * due. A row per case, written if it is not there yet; a deleted case's row has no answer (a read answers 410 from
     * the view).
     */
    public void writeAll(List<Written> answers) {
        List<Written> sorted = answers.stream().sorted(Comparator.comparing(Written::caseNumber)).toList();
        for (int from = 0; from < sorted.size(); from += ROWS_PER_STATEMENT) {
            em.createNativeQuery("""
                            insert into case_answer (case_number, answer, etag, links, meetings, due)
                            select r."caseNumber", decode(r.answer, 'base64'), r.etag, r.links,
                                   array(select json_array_elements_text(r.meetings)), null
                            from json_to_recordset(cast(convert_from(:rows, 'UTF8') as json))
                                 as r("caseNumber" text, answer text, etag text, links text, meetings json)
                            on conflict (case_number) do update set answer = excluded.answer, etag = excluded.etag,
                                links = excluded.links, meetings = excluded.meetings, due = null""")
                    .setParameter("rows", EventJson.writeUtf8(sorted.subList(from, Math.min(sorted.size(),
                            from + ROWS_PER_STATEMENT)))).executeUpdate();
        }
    }
}
