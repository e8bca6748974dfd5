package dk.sagsspor.outbox;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rounds of one relay batch: the oldest alone, then one event per key and round, in the order written. */
class SendRoundsTest {

    @Test
    void theOldestGoesAloneThenTheNextOfEveryKeyPerRound() {
        SendRounds rounds = new SendRounds(events("t:a", "t:a", "t:b", "t:c", "t:b", "t:a", "u:a"));

        assertThat(seqs(rounds.first()), contains(1L));
        assertThat(seqs(rounds.next()), contains(2L, 3L, 4L, 7L));
        assertThat(seqs(rounds.next()), contains(5L, 6L));
        assertThat(rounds.next(), empty());
    }

    @Test
    void anEmptyBatchHasNoRounds() {
        SendRounds rounds = new SendRounds(List.of());

        assertThat(rounds.first(), empty());
        assertThat(rounds.next(), empty());
    }

    /** Events numbered 1, 2, ... in the order given, each "topic:key". */
    private static List<OutboxEvent> events(String... topicAndKey) {
        List<OutboxEvent> events = new ArrayList<>();
        for (String each : topicAndKey) {
            OutboxEvent event = new OutboxEvent();
            event.seq = (long) events.size() + 1;
            event.topic = each.substring(0, each.indexOf(':'));
            event.messageKey = each.substring(each.indexOf(':') + 1);
            events.add(event);
        }
        return events;
    }

    private static List<Long> seqs(List<OutboxEvent> events) {
        return events.stream().map(e -> e.seq).toList();
    }
}
