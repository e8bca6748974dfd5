package dk.sagsspor.meetings.repository;

import dk.sagsspor.events.EventJson;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Panache repositories of meetings-service. The read models fetch whole pages with them in a fixed number of
 * statements: a meeting's body comes in the same statement ({@code join fetch}), and whatever belongs to the meetings
 * of a page comes in one more statement for all of them ({@code in (:ids)}), never one statement per row.
 */
public final class Repositories {

    private Repositories() {
    }

    @ApplicationScoped
    public static class Bodies implements PanacheRepositoryBase<BodyEntity, String> {
    }

    @ApplicationScoped
    public static class Meetings implements PanacheRepositoryBase<MeetingEntity, String> {

        private static final String WITH_BODY = "from MeetingEntity m join fetch m.body";

        /** Newest first; ties (same start) by id, so that pages never overlap. */
        public List<MeetingEntity> newestFirst(MeetingFilter filter, int page, int size) {
            return find(WITH_BODY + filter.where() + " order by m.startsAt desc, m.id desc", filter.parameters())
                    .page(Page.of(page, size)).list();
        }

        public long count(MeetingFilter filter) {
            return count("from MeetingEntity m" + filter.where(), filter.parameters());
        }

        public Optional<MeetingEntity> withBody(String id) {
            return find(WITH_BODY + " where m.id = ?1", id).firstResultOptional();
        }

        /** The meetings of these ids that exist, by id. */
        public Map<String, MeetingEntity> byIds(Collection<String> ids) {
            return list("id in ?1", ids).stream().collect(Collectors.toMap(m -> m.id, m -> m));
        }

        /**
         * Up to {@code size} meetings by id after {@code afterId} (null: from the first), for an export; withdrawn
         * ones only when {@code modifiedSince} is given (then those changed since).
         */
        public List<MeetingEntity> afterId(String afterId, OffsetDateTime modifiedSince, int size) {
            Parameters params = new Parameters().and("after", afterId == null ? "" : afterId);
            String since = " and m.withdrawn = false";
            if (modifiedSince != null) {
                since = " and m.modifiedAt >= :since";
                params = params.and("since", modifiedSince);
            }
            return find(WITH_BODY + " where m.id > :after" + since + " order by m.id", params)
                    .page(Page.ofSize(size)).list();
        }

        public List<MeetingEntity> ofBody(String bodyId) {
            return list("bodyId = ?1 and withdrawn = false", Sort.descending("startsAt"), bodyId);
        }
    }

    @ApplicationScoped
    public static class AgendaItems implements PanacheRepositoryBase<AgendaItemEntity, AgendaItemEntity.Key> {

        /** An agenda item as {@link #insertAll} sends it: the columns of {@link AgendaItemEntity}. */
        public record Row(String meeting, OffsetDateTime meetingStartsAt, int number, String title, String timeSlot,
                          String caseNumber, String decisionText, String outcome, List<String> absentees,
                          String resume, String indstillinger, String sagsfremstilling,
                          String oekonomiskeKonsekvenser, List<String> plannedRoute, List<String> attachments) {
        }

        /**
         * Inserts the agendas of a consumer batch's meetings in one statement (the rows travel as one JSON array). As
         * entities, persisted and flushed one by one, the items were a fifth of meetings-service's CPU in a backfill
         * (JFR, issue 13); nothing reads them back in the transaction that writes them.
         */
        public void insertAll(List<Row> rows) {
            if (rows.isEmpty()) {
                return;
            }
            getEntityManager().createNativeQuery("""
                            insert into agenda_item (meeting_id, number, meeting_starts_at, title, time_slot, case_number,
                                                     decision_text, outcome, absentees, resume, indstillinger,
                                                     sagsfremstilling, oekonomiske_konsekvenser, planned_route, attachments)
                            select r.meeting, r.number, r."meetingStartsAt", r.title, r."timeSlot", r."caseNumber",
                                   r."decisionText", r.outcome, r.absentees, r.resume, r.indstillinger, r.sagsfremstilling,
                                   r."oekonomiskeKonsekvenser", r."plannedRoute", r.attachments
                            from json_to_recordset(cast(convert_from(:rows, 'UTF8') as json)) as r(meeting text, "meetingStartsAt" timestamptz,
                                 number int, title text, "timeSlot" text, "caseNumber" text, "decisionText" text,
                                 outcome text, absentees jsonb, resume text, indstillinger text, sagsfremstilling text,
                                 "oekonomiskeKonsekvenser" text, "plannedRoute" jsonb, attachments jsonb)""")
                    .setParameter("rows", EventJson.writeUtf8(rows)).executeUpdate();
        }

        /** Removes the agendas of these meetings. */
        public void deleteOf(Collection<String> meetingIds) {
            if (!meetingIds.isEmpty()) {
                delete("key.meetingId in ?1", meetingIds);
            }
        }

        public List<AgendaItemEntity> ofMeeting(String meetingId) {
            return list("key.meetingId = ?1 order by key.number", meetingId);
        }

        /** The agendas of these meetings, each in order, by meeting id (a meeting without items is left out). */
        public Map<String, List<AgendaItemEntity>> ofMeetings(Collection<String> meetingIds) {
            return meetingIds.isEmpty() ? Map.of()
                    : list("key.meetingId in ?1 order by key.meetingId, key.number", meetingIds).stream()
                    .collect(Collectors.groupingBy(i -> i.key.meetingId()));
        }

        /** How many items each of these meetings has, by meeting id (a meeting without items is left out). */
        public Map<String, Long> countsOf(Collection<String> meetingIds) {
            return meetingIds.isEmpty() ? Map.of() : getEntityManager().createQuery("""
                            select i.key.meetingId, count(i) from AgendaItemEntity i
                            where i.key.meetingId in :ids group by i.key.meetingId""", Object[].class)
                    .setParameter("ids", meetingIds).getResultStream()
                    .collect(Collectors.toMap(row -> (String) row[0], row -> (Long) row[1]));
        }
    }
}
