package dk.sagsspor.testsupport;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * What a service's consumer handed to a dead-letter topic (SmallRye's {@code dead-letter-queue} failure strategy),
 * for assertions. Records are told apart by their CloudEvents id header, which the dead-letter topic keeps.
 */
public final class DeadLetters {

    /** The header SmallRye writes the failure's message into. */
    public static final String REASON = "dead-letter-reason";
    private static final String EVENT_ID = "ce_id";

    private DeadLetters() {
    }

    /** The record with this event id on the dead-letter topic, waiting up to {@code wait} for it; null if none came. */
    public static ConsumerRecord<String, String> find(String bootstrap, String deadLetterTopic, String eventId,
                                                      Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        while (true) {
            ConsumerRecord<String, String> found = all(bootstrap, deadLetterTopic).stream()
                    .filter(record -> eventId.equals(KafkaTestConsumer.headers(record).get(EVENT_ID)))
                    .findFirst().orElse(null);
            if (found != null || System.nanoTime() > deadline) {
                return found;
            }
        }
    }

    /**
     * The record with this event id on the dead-letter topic, waiting up to {@code wait} for it.
     *
     * @throws AssertionError when it did not come
     */
    public static ConsumerRecord<String, String> required(String bootstrap, String deadLetterTopic, String eventId,
                                                          Duration wait) {
        ConsumerRecord<String, String> found = find(bootstrap, deadLetterTopic, eventId, wait);
        if (found == null) {
            throw new AssertionError("event " + eventId + " not on " + deadLetterTopic + " within " + wait);
        }
        return found;
    }

    /** The event ids of every record on the dead-letter topic now (none if the topic does not exist yet). */
    public static Set<String> eventIds(String bootstrap, String deadLetterTopic) {
        return all(bootstrap, deadLetterTopic).stream().map(record -> KafkaTestConsumer.headers(record).get(EVENT_ID))
                .filter(Objects::nonNull).collect(Collectors.toSet());
    }

    /** Why the record was dead-lettered; null if it carries no reason. */
    public static String reason(ConsumerRecord<String, String> record) {
        return KafkaTestConsumer.headers(record).get(REASON);
    }

    private static List<ConsumerRecord<String, String>> all(String bootstrap, String topic) {
        return KafkaTestConsumer.readAll(bootstrap, topic, Duration.ofMillis(500));
    }
}
