package dk.sagsspor.cases.repository;

import com.fasterxml.jackson.databind.JsonNode;
import dk.sagsspor.cases.domain.CaseView;
import dk.sagsspor.cases.domain.Committee;
import dk.sagsspor.events.EventJson;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hibernate.Session;

/**
 * Table {@code case_view}: each case's computed timeline, with the columns its list filters and shows. A consumer's
 * batch reads and writes the views of the cases it touched in one statement each.
 */
@ApplicationScoped
public class CaseViewRepository implements PanacheRepositoryBase<CaseViewEntity, String> {

    /** Rows a multi-row statement sends at most (see where it is used). */
    private static final int ROWS_PER_STATEMENT = 100;

    /**
     * A case's stored view as a consumer compares it: its JSON (the UTF-8 bytes as stored), revision and whether it
     * is deleted.
     */
    public record StoredView(String caseNumber, byte[] view, long revision, boolean deleted) {
    }

    /**
     * A view to store and its JSON, written once as UTF-8 bytes: the same bytes go into the row and into the case's
     * case-updated event ({@link EventJson#raw(byte[])}).
     */
    public record WrittenView(CaseView view, byte[] json) {

        /** How this service's JSON of a view begins (jsonb printed its keys shortest first, with spaces). */
        private static final byte[] WRITTEN_START = "{\"caseNumber\":".getBytes(StandardCharsets.UTF_8);
        /** Where the stored part of a view's JSON begins: its revision and modifiedAt are its last two fields. */
        private static final byte[] STORED_PART = ",\"revision\":".getBytes(StandardCharsets.UTF_8);

        public static WrittenView of(CaseView view) {
            return new WrittenView(view, EventJson.writeUtf8(view));
        }

        /**
         * Whether this view tells the same story as a stored one, whatever their revisions ({@link
         * CaseView#sameTimeline}). Compared as bytes, up to the revision: both were written by {@link EventJson} from a
         * CaseView, so the same timeline is the same text. Reading every stored view back to compare it made a large
         * share of what cases-service allocated per decision (docs/performance.md). A view stored before the views were
         * kept as text (V7, printed by jsonb) is read and compared.
         */
        public boolean sameTimelineAs(byte[] storedJson) {
            int end = lastIndexOf(json, STORED_PART);
            if (end < 0 || !Arrays.equals(storedJson, 0, Math.min(WRITTEN_START.length, storedJson.length),
                    WRITTEN_START, 0, WRITTEN_START.length)) {
                return view.sameTimeline(EventJson.read(storedJson, CaseView.class));
            }
            return lastIndexOf(storedJson, STORED_PART) == end && Arrays.equals(json, 0, end, storedJson, 0, end);
        }

        private static int lastIndexOf(byte[] text, byte[] part) {
            for (int at = text.length - part.length; at >= 0; at--) {
                if (Arrays.equals(text, at, at + part.length, part, 0, part.length)) {
                    return at;
                }
            }
            return -1;
        }
    }

    /** A row as {@link #saveAll} sends it: the view and the columns the list filters and shows, taken from it. */
    private record Row(String caseNumber, String title, String status, String nextCommittee, String nextCommitteeName,
                       LocalDate lastActivity, String committees, String searchText, JsonNode view,
                       OffsetDateTime updatedAt, long revision, boolean deleted) {

        static Row of(WrittenView written, boolean deleted) {
            CaseView view = written.view();
            Committee next = view.nextCommittee();
            String committees = " " + Stream.concat(view.plannedRoute().stream(), view.steps().stream()
                    .map(CaseView.Step::committee)).map(Committee::id).distinct().collect(Collectors.joining(" ")) + " ";
            String searchText = view.titles().stream().map(t -> t.title().toLowerCase(Locale.ROOT))
                    .collect(Collectors.joining("\n"));
            return new Row(view.caseNumber(), view.title(), view.status().name(), next == null ? null : next.id(),
                    next == null ? null : next.name(), view.lastActivity(), committees, searchText,
                    EventJson.raw(written.json()),
                    view.modifiedAt(), view.revision(), deleted);
        }
    }

    /**
     * The stored views of these cases, by case number (deleted ones too). Read with plain JDBC: each view's bytes as
     * they came over the wire (the connection's encoding is UTF-8), compared and written on without being decoded.
     */
    public Map<String, StoredView> storedOf(Collection<String> caseNumbers) {
        if (caseNumbers.isEmpty()) {
            return Map.of();
        }
        return getEntityManager().unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement select = connection.prepareStatement("""
                    select case_number, view, revision, deleted from case_view
                    where case_number in (select json_array_elements_text(cast(convert_from(?, 'UTF8') as json)))""")) {
                select.setBytes(1, EventJson.writeUtf8(caseNumbers));
                Map<String, StoredView> stored = new HashMap<>();
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        stored.put(row.getString(1), new StoredView(row.getString(1), row.getBytes(2), row.getLong(3),
                                row.getBoolean(4)));
                    }
                }
                return stored;
            }
        });
    }

    /**
     * Stores each view (its revision and modifiedAt as it carries them), in one statement; {@code deleted} names those
     * no document speaks of any more, kept so that GET answers 410 and a mirror syncing learns of it.
     */
    public void saveAll(Collection<WrittenView> views, Set<String> deleted) {
        if (views.isEmpty()) {
            return;
        }
        // By case number (rows locked in one order), a hundred a statement: a batch of 500 long cases as one JSON
        // text, with the driver's copy of it, was tens of MB in a heap of 96.
        List<Row> rows = views.stream().map(v -> Row.of(v, deleted.contains(v.view().caseNumber())))
                .sorted(Comparator.comparing(Row::caseNumber)).toList();
        for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
            upsert(rows.subList(from, Math.min(rows.size(), from + ROWS_PER_STATEMENT)));
        }
    }

    private void upsert(List<Row> rows) {
        getEntityManager().createNativeQuery("""
                        insert into case_view (case_number, title, status, next_committee, next_committee_name,
                                               last_activity, committees, search_text, view, updated_at, revision, deleted)
                        select r."caseNumber", r.title, r.status, r."nextCommittee", r."nextCommitteeName",
                               r."lastActivity", r.committees, r."searchText", r.view, r."updatedAt", r.revision, r.deleted
                        from json_to_recordset(cast(convert_from(:rows, 'UTF8') as json)) as r("caseNumber" text, title text, status text,
                             "nextCommittee" text, "nextCommitteeName" text, "lastActivity" date, committees text,
                             "searchText" text, view text, "updatedAt" timestamptz, revision bigint, deleted boolean)
                        on conflict (case_number) do update set title = excluded.title, status = excluded.status,
                            next_committee = excluded.next_committee, next_committee_name = excluded.next_committee_name,
                            last_activity = excluded.last_activity, committees = excluded.committees,
                            search_text = excluded.search_text, view = excluded.view, updated_at = excluded.updated_at,
                            revision = excluded.revision, deleted = excluded.deleted""")
                .setParameter("rows", EventJson.writeUtf8(rows)).executeUpdate();
    }

    /**
     * Cases matching every given filter (null = no filter), most recently active first. With {@code modifiedSince}:
     * those changed at or after it, deleted ones too, in the order they changed (for a mirror that syncs). Each order
     * has an index that matches it (case_view_listed, case_view_listed_by_status, case_view_updated_at), so a page is
     * read in index order and stops at its size.
     */
    public PanacheQuery<ListedCase> search(String status, String committee, String q, OffsetDateTime modifiedSince) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (modifiedSince != null) {
            where.add("updatedAt >= :since");
            params = params.and("since", modifiedSince);
        } else {
            where.add("deleted = false");
        }
        if (status != null) {
            where.add("status = :status");
            params = params.and("status", status);
        }
        if (committee != null) {
            where.add("committees like :committee");
            params = params.and("committee", "% " + committee + " %");
        }
        if (q != null) {
            where.add("searchText like :q");
            params = params.and("q", "%" + q.toLowerCase(Locale.ROOT) + "%");
        }
        Sort order = modifiedSince != null ? Sort.ascending("updatedAt").and("caseNumber")
                : Sort.descending("lastActivity").and("caseNumber", Sort.Direction.Descending);
        return find(String.join(" and ", where), order, params).project(ListedCase.class);
    }

    /**
     * Up to {@code size} cases by number after {@code after} (null: from the first), for an export; deleted ones only
     * when {@code modifiedSince} is given (then those changed since).
     */
    public List<CaseViewEntity> afterCaseNumber(String after, OffsetDateTime modifiedSince, int size) {
        Parameters params = Parameters.with("after", after == null ? "" : after);
        String since = " and deleted = false";
        if (modifiedSince != null) {
            since = " and updatedAt >= :since";
            params = params.and("since", modifiedSince);
        }
        return find("caseNumber > :after" + since, Sort.ascending("caseNumber"), params)
                .page(io.quarkus.panache.common.Page.ofSize(size)).list();
    }
}
