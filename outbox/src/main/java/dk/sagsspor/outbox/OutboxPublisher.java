package dk.sagsspor.outbox;

import dk.sagsspor.events.CloudEventHeaders;
import dk.sagsspor.events.Traceparent;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * Sends one batch of outbox events to Kafka, many in flight at once, and marks those Kafka acknowledged as published.
 * Only one instance of a service relays at a time (an advisory lock held for the batch's transaction), so events
 * leave in the order they were written and no event overtakes an earlier one with the same key.
 */
@ApplicationScoped
public class OutboxPublisher {

    /** What one batch did: events sent, events set aside, and whether a failure ended it early. */
    public record BatchResult(int sent, int setAside, boolean failed) {
        static final BatchResult STANDING_BY = new BatchResult(0, 0, false);

        /** Whether the outbox moved on, so another batch may find more to do. */
        boolean progressed() {
            return !failed && sent + setAside > 0;
        }
    }

    private static final Logger LOG = Logger.getLogger(OutboxPublisher.class);

    private final OutboxRepository outbox;
    private final MutinyEmitter<byte[]> emitter;
    private final OutboxConfig config;

    OutboxPublisher(OutboxRepository outbox, @Channel("outbox") MutinyEmitter<byte[]> emitter, OutboxConfig config) {
        this.outbox = outbox;
        this.emitter = emitter;
        this.config = config;
    }

    /**
     * Sends the oldest unpublished events without waiting for each acknowledgement, then waits for them all. The
     * idempotent producer ({@code enable.idempotence}, {@code acks=all}, at most 5 requests in flight) keeps the
     * order of what is in flight per partition, so per key the events leave in the order they were written.
     *
     * <p>The batch goes out in rounds ({@link SendRounds}): the first event alone, so that while Kafka is away a batch
     * fails after one {@code max.block.ms} instead of one per event; then, round after round, the next unsent event of
     * every key, all in flight together. A key whose event failed sends nothing more in this batch: no event overtakes
     * an earlier one with the same key, and none is sent twice because an earlier one failed. Each event gets its
     * place in the send order ({@code published_seq}, the {@code ce_sequence} header) just before it is sent, so that
     * order is the order of sending; a failed one gives its place up (stream replays never show it).
     *
     * <p>An event that can never be sent ({@link SendFailure#concernsTheEvent}) is set aside after {@code
     * max-attempts} tries, or at once when its payload is over {@code max-payload-size}; the key's later events then
     * go on (one event the broker refuses must not stop the aggregate for ever; the set-aside one stays in the table,
     * counted, for an operator). Any other failure (Kafka away, a timeout) ends the batch once the round is over; the
     * rest is tried again on the next run. While another instance relays, this one sends nothing.
     */
    @Transactional
    public BatchResult publishBatch() {
        if (!outbox.becomeRelay(relayLock())) {
            return BatchResult.STANDING_BY;
        }
        // Read detached: each round gives its events a place in the send order, and managed they were each written
        // back whole (payload and all) at the next round's query, one statement an event. The batch's changes are
        // written as a whole instead: the published in one statement, the rest (failed, set aside) in one batch.
        List<OutboxEvent> batch = outbox.oldestUnpublished(config.relay().batchSize());
        SendRounds rounds = new SendRounds(batch);
        List<OutboxEvent> published = new ArrayList<>();
        List<OutboxEvent> notSent = new ArrayList<>();
        int setAside = 0;
        boolean failed = false;
        for (List<OutboxEvent> round = rounds.first(); !round.isEmpty() && !failed; round = rounds.next()) {
            List<OutboxEvent> sending = new ArrayList<>(round.size());
            for (OutboxEvent event : round) {
                String tooLarge = overSizeLimit(event);
                if (tooLarge == null) {
                    sending.add(event);
                } else {
                    setAside(event, tooLarge);
                    notSent.add(event);
                    setAside++;
                }
            }
            List<Throwable> outcomes = send(sending);
            for (int i = 0; i < sending.size(); i++) {
                OutboxEvent event = sending.get(i);
                Throwable failure = outcomes.get(i);
                if (failure == null) {
                    published.add(event);
                    continue;
                }
                // Not sent: no place in the send order, so stream replays (publishedAfter) never show it.
                event.publishedSeq = null;
                event.attempts++;
                notSent.add(event);
                event.lastError = String.valueOf(failure.getMessage());
                if (SendFailure.concernsTheEvent(failure) && event.attempts >= config.relay().maxAttempts()) {
                    setAside(event, "refused by Kafka " + event.attempts + " times: " + failure);
                    setAside++;
                    continue;
                }
                LOG.warnf("Outbox event %s (%s) not sent, attempt %d; will retry: %s", event.eventId, event.topic,
                        event.attempts, failure.getMessage());
                // The round is over, so nothing after it is in flight; the next run starts again from this event.
                failed = true;
            }
        }
        markPublished(published);
        outbox.recordNotSent(notSent);
        return new BatchResult(published.size(), setAside, failed);
    }

    /** @return why the event is too large to send, or null */
    private String overSizeLimit(OutboxEvent event) {
        long limit = config.relay().maxPayloadSize().asLongValue();
        long size = event.payloadUtf8.length;
        return size <= limit ? null : "payload of " + size + " bytes over sagsspor.outbox.relay.max-payload-size ("
                + limit + " bytes), kept under the broker's 1 MB limit";
    }

    /**
     * Hands every event to the producer in order, then waits for every acknowledgement.
     *
     * @return per event, null when Kafka acknowledged it, else why not
     */
    private List<Throwable> send(List<OutboxEvent> events) {
        if (events.isEmpty()) {
            return List.of();
        }
        List<Long> places = outbox.nextPublishedSeqs(events.size());
        List<Message<byte[]>> messages = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            events.get(i).publishedSeq = places.get(i);
            messages.add(toMessage(events.get(i)));
        }
        // Subscribed one after the other in this thread: the channel sees them, and the producer sends them, in this
        // order. Outside the relay's transaction: the acknowledgements arrive on Kafka's threads, and a transaction
        // propagated to them (context propagation) could still be on one of them while this thread commits.
        List<CompletableFuture<Void>> acks = QuarkusTransaction.suspendingExisting().call(() -> messages.stream()
                .map(message -> emitter.sendMessage(message).subscribeAsCompletionStage()).toList());
        List<Throwable> outcomes = new ArrayList<>(events.size());
        for (CompletableFuture<Void> ack : acks) {
            try {
                ack.join();
                outcomes.add(null);
            } catch (CompletionException | CancellationException failure) {
                outcomes.add(failure.getCause() == null ? failure : failure.getCause());
            }
        }
        return outcomes;
    }

    /**
     * One statement for the whole batch: each event's send time and place in the send order, or, where sent events
     * are not kept ({@link OutboxConfig.Relay#keepSent}), their rows deleted.
     */
    private void markPublished(List<OutboxEvent> published) {
        if (published.isEmpty()) {
            return;
        }
        List<Long> rows = published.stream().map(e -> e.seq).toList();
        if (config.relay().keepSent()) {
            outbox.markPublished(rows, published.stream().map(e -> e.publishedSeq).toList());
        } else {
            outbox.deleteSent(rows);
        }
    }

    private static void setAside(OutboxEvent event, String reason) {
        event.setAsideAt = OffsetDateTime.now(ZoneOffset.UTC);
        event.setAsideReason = reason;
        LOG.errorf("Outbox event %s (%s, key %s) set aside, it can never be sent: %s", event.eventId, event.topic,
                event.messageKey, reason);
    }

    private long relayLock() {
        return relayLock(config.source());
    }

    /** Advisory locks are per database; the source in the key keeps two services that share one apart. */
    static long relayLock(String source) {
        return ((long) "sagsspor-outbox".hashCode() << 32) | (source.hashCode() & 0xffffffffL);
    }

    private static Message<byte[]> toMessage(OutboxEvent event) {
        RecordHeaders headers = new RecordHeaders();
        Map<String, String> attributes = CloudEventHeaders.of(event.eventId, event.eventType, event.source,
                event.subject, event.occurredAt);
        attributes.put(CloudEventHeaders.SEQUENCE, String.valueOf(event.publishedSeq));
        if (event.traceparent != null) {
            attributes.put(Traceparent.HEADER, event.traceparent);
        }
        attributes.forEach((name, value) -> headers.add(name, value.getBytes(StandardCharsets.UTF_8)));
        OutgoingKafkaRecordMetadata<String> metadata = OutgoingKafkaRecordMetadata.<String>builder()
                .withTopic(event.topic)
                .withKey(event.messageKey)
                .withHeaders(headers)
                .build();
        return Message.of(event.payloadUtf8).addMetadata(metadata);
    }
}
