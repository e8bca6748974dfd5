package dk.sagsspor.outbox;

import dk.sagsspor.events.CloudEventHeaders;
import dk.sagsspor.events.Traceparent;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * Sends one batch of outbox events to Kafka and marks those Kafka acknowledged as published. Only one instance of a
 * service relays at a time (an advisory lock held for the batch's transaction), so events leave in the order they
 * were written and no event overtakes an earlier one with the same key.
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
    private final MutinyEmitter<String> emitter;
    private final OutboxConfig config;

    OutboxPublisher(OutboxRepository outbox, @Channel("outbox") MutinyEmitter<String> emitter, OutboxConfig config) {
        this.outbox = outbox;
        this.emitter = emitter;
        this.config = config;
    }

    /**
     * Sends the oldest unpublished events, one at a time and in order, waiting for each acknowledgement. The first
     * failure ends the batch, so an event never overtakes an earlier one with the same key; it is tried again on the
     * next run. The exception is an event that can never be sent ({@link SendFailure#concernsTheEvent}): after
     * {@code max-attempts} tries, or at once when its payload is over {@code max-payload-size}, it is set aside and
     * the batch goes on. Later events with the same key then do go out: one event the broker refuses must not stop
     * the aggregate for ever, and the set-aside event stays in the table, counted, for an operator. While another
     * instance relays, this one sends nothing.
     */
    @Transactional
    public BatchResult publishBatch() {
        if (!outbox.becomeRelay(relayLock())) {
            return BatchResult.STANDING_BY;
        }
        List<OutboxEvent> batch = outbox.oldestUnpublished(config.relay().batchSize());
        int sent = 0;
        int setAside = 0;
        for (OutboxEvent event : batch) {
            long size = event.payload.getBytes(StandardCharsets.UTF_8).length;
            if (size > config.relay().maxPayloadSize().asLongValue()) {
                setAside(event, "payload of " + size + " bytes over sagsspor.outbox.relay.max-payload-size ("
                        + config.relay().maxPayloadSize().asLongValue() + " bytes), kept under the broker's 1 MB limit");
                setAside++;
                continue;
            }
            try {
                event.publishedSeq = outbox.nextPublishedSeq();
                emitter.sendMessageAndAwait(toMessage(event));
                event.publishedAt = OffsetDateTime.now(ZoneOffset.UTC);
                sent++;
            } catch (RuntimeException failure) {
                // Not sent: no place in the send order, so stream replays (publishedAfter) never show it.
                event.publishedSeq = null;
                event.attempts++;
                event.lastError = String.valueOf(failure.getMessage());
                if (SendFailure.concernsTheEvent(failure) && event.attempts >= config.relay().maxAttempts()) {
                    setAside(event, "refused by Kafka " + event.attempts + " times: " + failure);
                    setAside++;
                    continue;
                }
                LOG.warnf("Outbox event %s (%s) not sent, attempt %d; will retry: %s", event.eventId, event.topic,
                        event.attempts, failure.getMessage());
                return new BatchResult(sent, setAside, true);
            }
        }
        return new BatchResult(sent, setAside, false);
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

    private static Message<String> toMessage(OutboxEvent event) {
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
        return Message.of(event.payload).addMetadata(metadata);
    }
}
