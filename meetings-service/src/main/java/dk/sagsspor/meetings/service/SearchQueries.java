package dk.sagsspor.meetings.service;

import dk.sagsspor.meetings.repository.MeetingEntity;
import dk.sagsspor.meetings.repository.Repositories;
import dk.sagsspor.problems.Found;
import dk.sagsspor.problems.Hrefs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The search read model: Danish full-text search over titles, decisions and sections, best first. Three statements
 * whatever the page: the ranked matches, their meetings with their bodies, the total.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SearchQueries {

    @Inject
    EntityManager em;
    @Inject
    Repositories.Meetings meetings;
    @Inject
    Hrefs hrefs;

    /** Every word also matches as a prefix, because Danish joins words: "hjemløs" must find "hjemløsestrategien". */
    public Found<Views.SearchHit> search(String q, int page, int size) {
        String prefixQuery = Arrays.stream(q.toLowerCase().split("[^\\p{L}\\p{N}]+"))
                .filter(w -> !w.isBlank()).map(w -> w + ":*").collect(Collectors.joining(" & "));
        if (prefixQuery.isEmpty()) {
            return new Found<>(List.of(), 0);
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
                        limit :size offset :offset""")
                .setParameter("q", prefixQuery).setParameter("size", size).setParameter("offset", (long) page * size)
                .getResultList();
        Number total = (Number) em.createNativeQuery("""
                        select count(*) from agenda_item i, to_tsquery('danish', :q) query where i.search @@ query""")
                .setParameter("q", prefixQuery).getSingleResult();
        List<String> meetingIds = rows.stream().map(r -> (String) r[0]).distinct().toList();
        Map<String, MeetingEntity> byId = meetings.withBodies(meetingIds);
        return new Found<>(rows.stream().map(r -> {
            MeetingEntity meeting = byId.get((String) r[0]);
            int number = ((Number) r[1]).intValue();
            return new Views.SearchHit(meeting.id, Views.CommitteeRef.of(meeting.body), meeting.localStart(),
                    number, (String) r[2], (String) r[3], (String) r[4], ((Number) r[5]).doubleValue(),
                    (String) r[6], hrefs.item(meeting.id, number), hrefs.meeting(meeting.id));
        }).toList(), total.longValue());
    }
}
