package dk.sagsspor.outbox;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedList;
import java.util.List;
import java.util.Set;

/**
 * The order in which {@link OutboxPublisher} sends one batch: rounds of events that may be in flight together. The
 * first round is the oldest event alone (while Kafka is away, one send finds out, not one per event); each later round
 * holds the oldest unsent event of every key, in the order written. A key's next event is only sent in the round after
 * its previous one was acknowledged, so an event whose send fails never has a later one of its key already on the
 * broker: no overtaking and no event sent twice because of another's failure. Plain Java, tested without Quarkus.
 */
final class SendRounds {

    private final LinkedList<OutboxEvent> unsent;

    SendRounds(List<OutboxEvent> batch) {
        this.unsent = new LinkedList<>(batch);
    }

    /** The oldest event alone, or nothing for an empty batch. */
    List<OutboxEvent> first() {
        return unsent.isEmpty() ? List.of() : List.of(unsent.removeFirst());
    }

    /** The oldest unsent event of each key, in the order written; empty when all were handed out. */
    List<OutboxEvent> next() {
        List<OutboxEvent> round = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (var it = unsent.iterator(); it.hasNext(); ) {
            OutboxEvent event = it.next();
            if (keys.add(event.topic + '\u0000' + event.messageKey)) {
                round.add(event);
                it.remove();
            }
        }
        return round;
    }
}
