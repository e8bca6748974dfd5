package dk.sagsspor.meetings.service;

import dk.sagsspor.problems.Found;
import dk.sagsspor.problems.Hrefs;
import dk.sagsspor.problems.ProblemException;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The search read model: Danish full-text search over titles, decisions and sections, newest first or best first
 * ({@link SearchOrder}). At most three statements whatever the page: the count of matches (the page's total, counted
 * up to the most hits a search serves), the page (only its rows are joined to their item text, meeting and body,
 * ranked and given a snippet), and, newest first, the page again by sorting every match when walking the newest items
 * did not fill it ({@link NewestWalk}). Pages asked for again are answered from {@link SearchAnswers}.
 */
@ApplicationScoped
public class SearchQueries {

    /** {@code sagsspor.meetings.search.*} */
    @ConfigMapping(prefix = "sagsspor.meetings.search")
    public interface Config {
        /**
         * The most hits a search serves, and so counts: a page past them is refused, and a total of this many means
         * at least this many ({@link Found#totalExact()}). Counting every match of a common word reads every matching
         * row: 23,000 matches of one word among 325,000 items took 210 ms of the 308 ms a search read afresh took.
         */
        @WithDefault("1000")
        int maxHits();
    }

    /**
     * A page's rows, given the keys of its items ({@code page}: meeting_id, number) from one of the statements below;
     * %1$s is that statement, %2$s the order. The query is a function in the FROM list, never a CTE's value, which
     * PostgreSQL reads as a run-time parameter (a CTE holding it made ranking 25,000 matches five times slower).
     */
    private static final String PAGE = """
            select i.meeting_id, i.number, i.title, i.case_number, i.outcome, ts_rank(i.search, query) as rank,
                   ts_headline('danish', concat_ws(' ', i.title, i.decision_text, i.resume, i.sagsfremstilling),
                               query, 'MaxWords=30, MinWords=10, StartSel=«, StopSel=»') as snippet,
                   b.id, b.name, b.abbreviation, m.starts_at, m.start_offset
            from (%1$s) page
            join agenda_item i on i.meeting_id = page.meeting_id and i.number = page.number
            join meeting m on m.id = i.meeting_id
            join body b on b.id = m.body_id
            cross join to_tsquery('danish', :q) query
            order by %2$s""";
    private static final String NEWEST_ORDER = "i.meeting_starts_at desc, i.meeting_id desc, i.number";
    private static final String BEST_ORDER = "rank desc, i.meeting_id desc, i.number";
    /** The newest items, at most :window of them, in the date index's order, each tested. */
    private static final String NEWEST_BY_WALK = """
            select w.meeting_id, w.number from (
                select meeting_id, number, meeting_starts_at, search from agenda_item
                order by meeting_starts_at desc, meeting_id desc, number limit :window) w
            where w.search @@ to_tsquery('danish', :q)
            order by w.meeting_starts_at desc, w.meeting_id desc, w.number limit :size offset :offset""";
    /**
     * Every match found by the full-text index, then sorted. The CTE is materialised so that the planner cannot walk
     * the date index instead: that is the walk this statement is here to avoid.
     */
    private static final String NEWEST_BY_SORT = """
            with matches as materialized (
                select meeting_id, number, meeting_starts_at from agenda_item where search @@ to_tsquery('danish', :q))
            select meeting_id, number from matches
            order by meeting_starts_at desc, meeting_id desc, number limit :size offset :offset""";
    /** Every match ranked, the best kept. */
    private static final String BEST_BY_RANK = """
            select i.meeting_id, i.number from agenda_item i, to_tsquery('danish', :q) query
            where i.search @@ query
            order by ts_rank(i.search, query) desc, i.meeting_id desc, i.number limit :size offset :offset""";

    @Inject
    EntityManager em;
    @Inject
    Hrefs hrefs;
    @Inject
    Config config;

    /**
     * The page of matches of the words, newest or best first, with the total: exact up to the most hits a search
     * serves ({@link Config#maxHits()}), that bound beyond it.
     *
     * <p>Each statement is planned for its words (a custom plan), set for this transaction only: a plan cached for any
     * words cannot see the query as a constant, and tests every candidate row against it as a run-time value, which
     * made counting 25,000 matches take 300 ms instead of 15.
     *
     * @throws ProblemException invalid-parameter for a page past the most hits a search serves
     */
    @Transactional
    public Found<Views.SearchHit> search(String q, SearchOrder order, int page, int size) {
        return search(q, order, page, size, config.maxHits());
    }

    Found<Views.SearchHit> search(String q, SearchOrder order, int page, int size, int maxHits) {
        long offset = (long) page * size;
        if (offset >= maxHits) {
            throw ProblemException.invalidParameter("Search serves the first " + maxHits + " hits; page " + page
                    + " of size " + size + " starts at hit " + (offset + 1) + ". Add words to narrow the search.");
        }
        String words = prefixQuery(q);
        if (words.isEmpty()) {
            return new Found<>(List.of(), 0);
        }
        em.createNativeQuery("select set_config('plan_cache_mode', 'force_custom_plan', true)").getSingleResult();
        Counts counts = counts(words, maxHits);
        if (offset >= counts.matches()) {
            return new Found<>(List.of(), counts.matches(), !counts.more());
        }
        List<Object[]> rows = order == SearchOrder.RELEVANCE
                ? rows(BEST_BY_RANK, BEST_ORDER, words, offset, size, 0)
                : newest(words, offset, size, counts);
        return new Found<>(rows.stream().map(this::hit).toList(), counts.matches(), !counts.more());
    }

    /** Every word also matches as a prefix, because Danish joins words: "hjemløs" must find "hjemløsestrategien". */
    static String prefixQuery(String q) {
        return Arrays.stream(q.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(w -> !w.isBlank()).map(w -> w + ":*").collect(Collectors.joining(" & "));
    }

    /**
     * How many items match, up to {@code maxHits}, whether {@code more} do, and how many items there are, as
     * PostgreSQL estimates it (0 when not yet counted).
     */
    private record Counts(long matches, boolean more, long items) {
    }

    /**
     * The bound makes the count stop once it has read that many matching rows: the full-text index gives every match's
     * place at once, but each must be read from the table to be counted.
     */
    private Counts counts(String words, int maxHits) {
        Object[] counts = (Object[]) em.createNativeQuery("""
                        select count(*), (select greatest(reltuples, 0)::bigint from pg_class
                                          where oid = 'agenda_item'::regclass)
                        from (select 1 from agenda_item i, to_tsquery('danish', :q) query where i.search @@ query
                              limit :bound) counted""")
                .setParameter("q", words).setParameter("bound", maxHits + 1).getSingleResult();
        long counted = ((Number) counts[0]).longValue();
        return new Counts(Math.min(counted, maxHits), counted > maxHits, ((Number) counts[1]).longValue());
    }

    /** Walks the newest items when the matches are dense enough, and sorts every match when they are not or it fell short. */
    private List<Object[]> newest(String words, long offset, int size, Counts counts) {
        int window = NewestWalk.window(offset + size, counts.matches(), counts.more(), counts.items());
        List<Object[]> walked = window > 0 ? newest(words, offset, size, window) : null;
        return walked != null && NewestWalk.answered(walked.size(), size, offset, counts.matches(), counts.more())
                ? walked : newest(words, offset, size, 0);
    }

    /**
     * A page newest first: by walking the newest {@code window} items, or with a window of 0 by sorting every match.
     * A walk may come back short of the page; the sort never does.
     */
    List<Object[]> newest(String words, long offset, int size, int window) {
        return window > 0 ? rows(NEWEST_BY_WALK, NEWEST_ORDER, words, offset, size, window)
                : rows(NEWEST_BY_SORT, NEWEST_ORDER, words, offset, size, 0);
    }

    private Views.SearchHit hit(Object[] r) {
        String meetingId = (String) r[0];
        int number = ((Number) r[1]).intValue();
        return new Views.SearchHit(meetingId, new Views.CommitteeRef((String) r[7], (String) r[8], (String) r[9]),
                startsAt(r[10], (String) r[11]), number, (String) r[2], (String) r[3], (String) r[4],
                ((Number) r[5]).doubleValue(), (String) r[6], hrefs.item(meetingId, number), hrefs.meeting(meetingId));
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String keys, String orderBy, String prefixQuery, long offset, int size, int window) {
        var query = em.createNativeQuery(PAGE.formatted(keys, orderBy)).setParameter("q", prefixQuery)
                .setParameter("size", size).setParameter("offset", offset);
        if (window > 0) {
            query.setParameter("window", window);
        }
        return query.getResultList();
    }

    /** The meeting's start at the offset its minutes gave (as MeetingEntity.localStart does). */
    private static OffsetDateTime startsAt(Object startsAt, String offset) {
        Instant instant = startsAt instanceof OffsetDateTime time ? time.toInstant()
                : startsAt instanceof Timestamp time ? time.toInstant() : (Instant) startsAt;
        return instant.atOffset(ZoneOffset.of(offset));
    }
}
