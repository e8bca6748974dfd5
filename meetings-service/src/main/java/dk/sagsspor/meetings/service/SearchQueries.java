package dk.sagsspor.meetings.service;

import dk.sagsspor.problems.Found;
import dk.sagsspor.problems.Hrefs;
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
import java.util.stream.Collectors;

/**
 * The search read model: Danish full-text search over titles, decisions and sections, best first. Two statements
 * whatever the page: the GIN index finds and ranks the matches and only the returned page is joined to its text,
 * meeting and body and given a snippet; then the total. Pages asked for again are answered from {@link SearchAnswers}.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SearchQueries {

    @Inject
    EntityManager em;
    @Inject
    Hrefs hrefs;

    /** Every word also matches as a prefix, because Danish joins words: "hjemløs" must find "hjemløsestrategien". */
    public Found<Views.SearchHit> search(String q, int page, int size) {
        String prefixQuery = Arrays.stream(q.toLowerCase().split("[^\\p{L}\\p{N}]+"))
                .filter(w -> !w.isBlank()).map(w -> w + ":*").collect(Collectors.joining(" & "));
        if (prefixQuery.isEmpty()) {
            return new Found<>(List.of(), 0);
        }
        // The index finds the matches and ranks them; only the page's rows are then joined to their item text,
        // meeting and body and given a snippet. Two statements whatever the page: the page, and the total.
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        with query as (select to_tsquery('danish', :q) as query),
                        best as (
                            select i.meeting_id, i.number, ts_rank(i.search, query.query) as rank
                            from agenda_item i, query
                            where i.search @@ query.query
                            order by rank desc, i.meeting_id desc, i.number
                            limit :size offset :offset)
                        select best.meeting_id, best.number, i.title, i.case_number, i.outcome, best.rank,
                               ts_headline('danish', concat_ws(' ', i.title, i.decision_text, i.resume, i.sagsfremstilling),
                                           query.query, 'MaxWords=30, MinWords=10, StartSel=«, StopSel=»') as snippet,
                               b.id, b.name, b.abbreviation, m.starts_at, m.start_offset
                        from best
                        join agenda_item i on i.meeting_id = best.meeting_id and i.number = best.number
                        join meeting m on m.id = best.meeting_id
                        join body b on b.id = m.body_id
                        cross join query
                        order by best.rank desc, best.meeting_id desc, best.number""")
                .setParameter("q", prefixQuery).setParameter("size", size).setParameter("offset", (long) page * size)
                .getResultList();
        Number total = (Number) em.createNativeQuery("""
                        select count(*) from agenda_item i, to_tsquery('danish', :q) query where i.search @@ query""")
                .setParameter("q", prefixQuery).getSingleResult();
        return new Found<>(rows.stream().map(r -> {
            String meetingId = (String) r[0];
            int number = ((Number) r[1]).intValue();
            return new Views.SearchHit(meetingId, new Views.CommitteeRef((String) r[7], (String) r[8], (String) r[9]),
                    startsAt(r[10], (String) r[11]), number, (String) r[2], (String) r[3], (String) r[4],
                    ((Number) r[5]).doubleValue(), (String) r[6], hrefs.item(meetingId, number),
                    hrefs.meeting(meetingId));
        }).toList(), total.longValue());
    }

    /** The meeting's start at the offset its minutes gave (as MeetingEntity.localStart does). */
    private static OffsetDateTime startsAt(Object startsAt, String offset) {
        Instant instant = startsAt instanceof OffsetDateTime time ? time.toInstant()
                : startsAt instanceof Timestamp time ? time.toInstant() : (Instant) startsAt;
        return instant.atOffset(ZoneOffset.of(offset));
    }
}
