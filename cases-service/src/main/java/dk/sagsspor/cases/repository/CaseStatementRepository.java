package dk.sagsspor.cases.repository;

import dk.sagsspor.cases.domain.CaseStatement;
import dk.sagsspor.cases.domain.StatementLedger;
import dk.sagsspor.events.EventJson;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.hibernate.query.NativeQuery;
import org.hibernate.type.StandardBasicTypes;

/**
 * Table {@code case_statement}: what each agenda item of each meeting said about a case, as JSON. Read and written a
 * consumer's batch at a time, each in one statement (the rows travel as one JSON array): a statement per decision made
 * a batch of hundreds of decisions as many round trips.
 */
@ApplicationScoped
public class CaseStatementRepository {

    /** A row as {@link #writeAll} sends it. */
    private record Row(String caseNumber, String meetingId, int itemNumber, int meetingVersion, int revision,
                       LocalDate meetingDate, CaseStatement statement, OffsetDateTime receivedAt) {
    }

    @Inject
    EntityManager em;

    /**
     * Everything stored of these cases. Each statement's JSON is read as the UTF-8 bytes the connection sends for the
     * text column ({@code getBytes}) and parsed from them: never decoded into a String first.
     */
    public List<CaseStatement> ofCases(Collection<String> caseNumbers) {
        if (caseNumbers.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select statement, revision from case_statement
                        where case_number in (select json_array_elements_text(cast(convert_from(:cases, 'UTF8') as json)))""")
                .setParameter("cases", EventJson.writeUtf8(caseNumbers))
                .unwrap(NativeQuery.class)
                .addScalar("statement", StandardBasicTypes.BINARY).addScalar("revision", StandardBasicTypes.INTEGER)
                .getResultList();
        return rows.stream().map(r -> withRevision(EventJson.read((byte[]) r[0], CaseStatement.class),
                (Integer) r[1])).toList();
    }

    public void removeAll(Collection<StatementLedger.Key> keys) {
        if (keys.isEmpty()) {
            return;
        }
        em.createNativeQuery("""
                        delete from case_statement s
                        using json_to_recordset(cast(convert_from(:keys, 'UTF8') as json)) as k("caseNumber" text, "meetingId" text, "itemNumber" int)
                        where s.case_number = k."caseNumber" and s.meeting_id = k."meetingId"
                          and s.item_number = k."itemNumber\"""")
                .setParameter("keys", EventJson.writeUtf8(keys)).executeUpdate();
    }

    /** Inserts each statement, or replaces its item's stored one. */
    public void writeAll(Collection<CaseStatement> statements, OffsetDateTime receivedAt) {
        if (statements.isEmpty()) {
            return;
        }
        // Sorted by key: two transactions writing rows of the same cases lock them in the same order.
        List<Row> rows = statements.stream().map(s -> new Row(s.caseNumber(), s.meetingId(), s.itemNumber(),
                s.meetingVersion(), s.revision(), s.meetingDate(), s, receivedAt))
                .sorted(Comparator.comparing(Row::caseNumber).thenComparing(Row::meetingId)
                        .thenComparingInt(Row::itemNumber)).toList();
        em.createNativeQuery("""
                        insert into case_statement (case_number, meeting_id, item_number, meeting_version, revision,
                                                    meeting_date, statement, received_at)
                        select r."caseNumber", r."meetingId", r."itemNumber", r."meetingVersion", r.revision,
                               r."meetingDate", r.statement, r."receivedAt"
                        from json_to_recordset(cast(convert_from(:rows, 'UTF8') as json)) as r("caseNumber" text, "meetingId" text,
                             "itemNumber" int, "meetingVersion" int, revision int, "meetingDate" date, statement text,
                             "receivedAt" timestamptz)
                        on conflict (case_number, meeting_id, item_number) do update set
                            meeting_version = excluded.meeting_version, revision = excluded.revision,
                            meeting_date = excluded.meeting_date, statement = excluded.statement,
                            received_at = excluded.received_at""")
                .setParameter("rows", EventJson.writeUtf8(rows)).executeUpdate();
    }

    /**
     * The revision is its own column: statements stored before revisions existed carry none in their JSON (their
     * meeting version became their revision when the column was added).
     */
    private static CaseStatement withRevision(CaseStatement s, int revision) {
        return s.revision() == revision ? s : new CaseStatement(s.caseNumber(), s.meetingId(), s.meetingVersion(),
                revision, s.meetingDate(), s.documentId(), s.itemNumber(), s.title(), s.plannedRoute(), s.evidence());
    }
}
