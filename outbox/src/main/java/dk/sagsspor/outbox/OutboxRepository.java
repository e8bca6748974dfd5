package dk.sagsspor.outbox;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.stream.Collectors;

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
     * The oldest events still to send (neither published nor set aside), in the order they were written. Call as the
     * relay (see {@link #becomeRelay}).
     */
    @SuppressWarnings("unchecked")
    public List<OutboxEvent> oldestUnpublished(int limit) {
        return getEntityManager()
                .createNativeQuery("select * from outbox_event where " + PENDING + " order by seq limit :limit",
                        OutboxEvent.class)
                .setParameter("limit", limit)
                .getResultList();
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
