package dk.sagsspor.outbox;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.hibernate.Session;

@ApplicationScoped
public class OutboxRepository implements PanacheRepositoryBase<OutboxEvent, Long> {

    /** Still to send; matches the partial index outbox_event_pending. */
    private static final String PENDING = "published_at is null and set_aside_at is null";

    /**
     * Makes this transaction the only relay of the outbox until it ends: a transaction-level PostgreSQL advisory lock,
     * so it is released on commit, on rollback, and when the holder's connection dies.
     *
     * @return false when another instance's relay holds it (this one stands by)
     */
    public boolean becomeRelay(long lockKey) {
        Object locked = getEntityManager().createNativeQuery("select pg_try_advisory_xact_lock(:key)")
                .setParameter("key", lockKey).getSingleResult();
        return Boolean.TRUE.equals(locked);
    }

    /**
     * The oldest events still to send (neither published nor set aside), in the order they were written, as detached
     * objects with their payload as UTF-8 bytes ({@link OutboxEvent#payloadUtf8}, {@code payload} null): the relay
     * writes back what it changed itself ({@link #recordNotSent}). The text column's bytes are read as they came over
     * the wire (the connection's encoding is UTF-8), never decoded. Read through the session's connection with plain JDBC:
     * Hibernate's mapping of each row into a managed entity, and detaching it again, were a third of what the relay
     * of ingest-service spent (issue 13). Call as the relay (see {@link #becomeRelay}).
     */
    public List<OutboxEvent> oldestUnpublished(int limit) {
        return getEntityManager().unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement select = connection.prepareStatement("select seq, event_id, topic, message_key, "
                    + "event_type, source, subject, occurred_at, payload, traceparent, attempts, last_error, created_at "
                    + "from outbox_event where " + PENDING + " order by seq limit ?")) {
                select.setInt(1, limit);
                List<OutboxEvent> events = new ArrayList<>(limit);
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        events.add(event(row));
                    }
                }
                return events;
            }
        });
    }

    /** An unsent event as its row holds it (published and set aside are null for every such row). */
    private static OutboxEvent event(ResultSet row) throws SQLException {
        OutboxEvent event = new OutboxEvent();
        event.seq = row.getLong(1);
        event.eventId = row.getString(2);
        event.topic = row.getString(3);
        event.messageKey = row.getString(4);
        event.eventType = row.getString(5);
        event.source = row.getString(6);
        event.subject = row.getString(7);
        event.occurredAt = row.getObject(8, OffsetDateTime.class);
        event.payloadUtf8 = row.getBytes(9);
        event.traceparent = row.getString(10);
        event.attempts = row.getInt(11);
        event.lastError = row.getString(12);
        event.createdAt = row.getObject(13, OffsetDateTime.class);
        return event;
    }

    /**
     * The next {@code count} numbers of the relay's send order, ascending, in one round trip; only the relay calls it,
     * so the order is total.
     */
    @SuppressWarnings("unchecked")
    public List<Long> nextPublishedSeqs(int count) {
        List<Number> numbers = getEntityManager().createNativeQuery(
                        "select nextval('outbox_published_seq') from generate_series(1, :count) order by 1")
                .setParameter("count", count).getResultList();
        return numbers.stream().map(Number::longValue).toList();
    }

    /** Marks the rows (by {@code seq}) sent now, each with its place in the send order, in one statement. */
    public void markPublished(List<Long> rows, List<Long> publishedSeqs) {
        getEntityManager().createNativeQuery("update outbox_event o set published_at = now(), published_seq = s.place "
                        + "from unnest(cast(:rows as bigint[]), cast(:places as bigint[])) as s(row_seq, place) "
                        + "where o.seq = s.row_seq")
                .setParameter("rows", arrayLiteral(rows))
                .setParameter("places", arrayLiteral(publishedSeqs))
                .executeUpdate();
    }

    /**
     * Writes back what the relay changed of events it did not send: their attempts, last error and whether they are set
     * aside. Only those columns: the relay's events carry no {@code payload} string to write back.
     */
    public void recordNotSent(List<OutboxEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        getEntityManager().unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement update = connection.prepareStatement("update outbox_event set attempts = ?, "
                    + "last_error = ?, set_aside_at = ?, set_aside_reason = ? where seq = ?")) {
                for (OutboxEvent event : events) {
                    update.setInt(1, event.attempts);
                    update.setString(2, event.lastError);
                    update.setObject(3, event.setAsideAt);
                    update.setString(4, event.setAsideReason);
                    update.setLong(5, event.seq);
                    update.addBatch();
                }
                update.executeBatch();
            }
        });
    }

    /** Deletes the rows (by {@code seq}) of events sent now, in one statement, where sent events are not kept. */
    public void deleteSent(List<Long> rows) {
        getEntityManager().createNativeQuery("delete from outbox_event where seq = any(cast(:rows as bigint[]))")
                .setParameter("rows", arrayLiteral(rows))
                .executeUpdate();
    }

    /** PostgreSQL's text form of an array, e.g. {1,2,3}: binds as one text parameter with any driver setting. */
    private static String arrayLiteral(List<Long> numbers) {
        return numbers.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
    }

    /** One sent event's place in the send order and its key, without its payload. */
    public record SentKey(long publishedSeq, String messageKey) {
    }

    /**
     * The keys of a topic's events sent after {@code afterSeq}, in send order: what changed, for a reader that needs
     * no payload (a case-updated event can carry 13 KB of JSON).
     */
    @SuppressWarnings("unchecked")
    public List<SentKey> sentKeysAfter(String topic, long afterSeq, int limit) {
        List<Object[]> rows = getEntityManager().createNativeQuery("select published_seq, message_key from outbox_event "
                        + "where topic = :topic and published_seq > :after order by published_seq limit :limit")
                .setParameter("topic", topic).setParameter("after", afterSeq).setParameter("limit", limit)
                .getResultList();
        return rows.stream().map(r -> new SentKey(((Number) r[0]).longValue(), (String) r[1])).toList();
    }

    /** Events of a topic sent after {@code afterSeq} (in send order): what a reconnecting stream client missed. */
    public List<OutboxEvent> publishedAfter(String topic, long afterSeq, int limit) {
        return find("topic = ?1 and publishedSeq > ?2 order by publishedSeq", topic, afterSeq).page(0, limit).list();
    }

    /**
     * How many events of the topic were sent after {@code afterSeq} and up to {@code upToSeq}, counted up to
     * {@code atMost}.
     */
    public long countPublishedAfter(String topic, long afterSeq, long upToSeq, long atMost) {
        Object count = getEntityManager().createNativeQuery("select count(*) from (select 1 from outbox_event "
                        + "where topic = :topic and published_seq > :after and published_seq <= :upTo limit :most) sent")
                .setParameter("topic", topic).setParameter("after", afterSeq).setParameter("upTo", upToSeq)
                .setParameter("most", atMost)
                .getSingleResult();
        return ((Number) count).longValue();
    }

    /** The last send-order number of a topic, 0 when nothing was sent. */
    public long lastPublishedSeq(String topic) {
        Object last = getEntityManager().createNativeQuery(
                        "select max(published_seq) from outbox_event where topic = :topic")
                .setParameter("topic", topic).getSingleResult();
        return last == null ? 0 : ((Number) last).longValue();
    }

    /** Events still to send: not published and not set aside. */
    public long countUnpublished() {
        return ((Number) getEntityManager().createNativeQuery("select count(*) from outbox_event where " + PENDING)
                .getSingleResult()).longValue();
    }

    /** What the outbox gauges show; both queries use a partial index, so they stay cheap as published rows pile up. */
    public Backlog backlog() {
        Object[] pending = (Object[]) getEntityManager().createNativeQuery(
                "select count(*), extract(epoch from now() - min(created_at)) from outbox_event where " + PENDING)
                .getSingleResult();
        long setAside = ((Number) getEntityManager()
                .createNativeQuery("select count(*) from outbox_event where set_aside_at is not null")
                .getSingleResult()).longValue();
        return new Backlog(((Number) pending[0]).longValue(),
                pending[1] == null ? 0 : ((Number) pending[1]).doubleValue(), setAside);
    }

    /** Events still to send, the age of the oldest in seconds (0 when none), events set aside. */
    public record Backlog(long pending, double oldestPendingSeconds, long setAside) {
    }
}
