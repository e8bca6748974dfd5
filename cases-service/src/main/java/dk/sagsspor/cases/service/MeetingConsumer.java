package dk.sagsspor.cases.service;

import dk.sagsspor.cases.repository.CaseAnswerRepository;
import dk.sagsspor.cases.repository.KnownMeetingRepository;
import dk.sagsspor.cases.repository.KnownMeetingRepository.Heard;
import dk.sagsspor.events.EventTypes;
import dk.sagsspor.events.MeetingPublishedV1;
import dk.sagsspor.events.MeetingWithdrawnV1;
import dk.sagsspor.outbox.EventHandler;
import dk.sagsspor.outbox.MessageLog;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Consumes meeting-published (and meeting withdrawals) through the message log for one thing only: which meeting a
 * body held on a day and when it started, so the cases API links a step's meeting (issue 14). The timelines
 * themselves come from agenda-item-decided ({@link DecisionConsumer}).
 */
@ApplicationScoped
public class MeetingConsumer {

    private final MessageLog log;
    private final List<EventHandler<?>> handlers;
    private final Runnable beforeCommit;

    MeetingConsumer(MessageLog log, KnownMeetingRepository meetings, HeardMeetings heard, CaseAnswers answers,
                    CaseAnswerRepository storedAnswers) {
        this.log = log;
        this.handlers = List.of(
                new EventHandler<>(EventTypes.MEETING_PUBLISHED_V1, MeetingPublishedV1.Heading.class,
                        MeetingPublishedV1.SCHEMA_VERSION, event -> heard.add(new Heard(event.meetingId(),
                        event.body().id(), event.startsAt().toLocalDate(), event.startsAt().toString(),
                        event.revision(), false))),
                new EventHandler<>(EventTypes.MEETING_WITHDRAWN_V1, MeetingWithdrawnV1.class,
                        MeetingWithdrawnV1.SCHEMA_VERSION, event -> heard.add(new Heard(event.meeting().id(),
                        event.meeting().body().id(), event.meeting().date(), null, event.revision(), true))));
        this.beforeCommit = () -> {
            List<Heard> drained = heard.drain();
            meetings.recordAll(drained);
            storedAnswers.holdMeetingsExclusive(); // no answer is written from the meetings known before these
            storedAnswers.markDueLinking(drained.stream().flatMap(m -> CaseLinks.meetingKeys(m.meetingId(),
                    m.bodyId(), m.date()).stream()).collect(Collectors.toCollection(TreeSet::new)));
            answers.forgetAllAfterCommit();
        };
    }

    /**
     * A poll's records in one transaction, as the decisions are, the meetings written together at its end; then the
     * stored answers that may link them are due, and the answers kept in memory may link other meetings. Read as the
     * bytes they came as: a meeting's payload carries its whole agenda, of which this reads the heading; the rest is
     * skipped without being decoded into a string first (a quarter of the consumers' polling thread's JFR samples
     * were that decoding).
     */
    @Incoming("meetings")
    @Blocking
    public CompletionStage<Void> onMeetings(KafkaRecordBatch<String, byte[]> records) {
        return log.consume(records, handlers, beforeCommit);
    }
}
