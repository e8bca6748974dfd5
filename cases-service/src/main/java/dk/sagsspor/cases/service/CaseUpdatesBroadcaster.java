package dk.sagsspor.cases.service;

import dk.sagsspor.events.EventJson;
import dk.sagsspor.events.Topics;
import dk.sagsspor.outbox.OutboxEvent;
import dk.sagsspor.outbox.OutboxRepository;
import dk.sagsspor.problems.ProblemException;
import dk.sagsspor.problems.ProblemType;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import io.smallrye.mutiny.operators.multi.processors.UnicastProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Feeds the Server-Sent Event streams from what was published on case-updated, read back from the outbox table in
 * the relay's send order ({@code published_seq}). That order is total (one relay at a time) and committed in order,
 * so a client that reconnects with the last id it saw gets exactly what came after, from any instance, across
 * restarts; the SSE data is the published payload itself. Each case published is also forgotten by
 * {@link CaseAnswers}, whichever instance changed it.
 */
@ApplicationScoped
public class CaseUpdatesBroadcaster {

    /** One published case-updated event: its place in the send order (the SSE id), key and JSON payload. */
    public record Published(long sequence, String caseNumber, String payload) {
    }

    private static final int SUBSCRIBER_BUFFER = 1024;
    private static final int PAGE = 500;

    @Inject
    OutboxRepository outbox;
    /**
     * How many updates a reconnecting client may be behind and still be replayed them: a replay is read into memory
     * under the poller's lock, and a client resuming from the very first update would otherwise read the whole
     * history (hundreds of thousands of whole cases after a backfill) into a heap of about 100 MB.
     */
    @ConfigProperty(name = "sagsspor.stream.max-replay", defaultValue = "1000")
    int maxReplay;
    @Inject
    CaseAnswers answers;
    private final BroadcastProcessor<Published> live = BroadcastProcessor.create();
    /** Subscribers of {@link #updates}: while there are none, a poll reads no payloads. */
    private final AtomicInteger listeners = new AtomicInteger();
    private final Object order = new Object();
    private long lastSeen = -1;

    @Scheduled(every = "${sagsspor.stream.poll-interval:500ms}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    @Transactional
    void poll() {
        synchronized (order) {
            if (lastSeen < 0) {
                lastSeen = outbox.lastPublishedSeq(Topics.CASE_UPDATED);
                return;
            }
            int sent;
            do {
                sent = nextPage();
            } while (sent == PAGE);
        }
    }

    /**
     * The next page of published updates: each forgotten by the kept answers and, while anyone listens, sent to the
     * listeners. Only the keys are read first: with no one listening, reading and rewriting each payload (the whole
     * case) was close to a tenth of the service's CPU while it caught up on a backlog. Whether anyone listens is asked
     * after that read, so a client that subscribed meanwhile still gets the page.
     */
    private int nextPage() {
        long from = lastSeen;
        List<OutboxRepository.SentKey> sent = outbox.sentKeysAfter(Topics.CASE_UPDATED, from, PAGE);
        for (OutboxRepository.SentKey key : sent) {
            lastSeen = key.publishedSeq();
            answers.forget(key.messageKey());
        }
        if (!sent.isEmpty() && listeners.get() > 0) {
            for (OutboxEvent event : outbox.publishedAfter(Topics.CASE_UPDATED, from, sent.size())) {
                if (event.publishedSeq <= lastSeen) {
                    live.onNext(published(event));
                }
            }
        }
        return sent.size();
    }

    /**
     * Every update from now on, or, with {@code afterSequence}, first every update published after that one. Each
     * subscriber gets its own buffer: a burst (a whole document's worth) must not fail a slow client.
     */
    public Multi<Published> updates(Long afterSequence) {
        if (afterSequence == null) {
            // Counted once subscribed: a poll asks after reading its page, so it sends that page to this client too.
            return live.onOverflow().buffer(SUBSCRIBER_BUFFER)
                    .onSubscription().invoke(listeners::incrementAndGet)
                    .onTermination().invoke(listeners::decrementAndGet);
        }
        return replayed(afterSequence).onTermination().invoke(listeners::decrementAndGet);
    }

    /** Counted as a listener from here (it listens from here on), until the stream returned ends or is cancelled. */
    private Multi<Published> replayed(long afterSequence) {
        synchronized (order) {
            // What the replay would read: up to what the poller has seen (the rest comes live).
            long upTo = lastSeen < 0 ? Long.MAX_VALUE : lastSeen;
            long behind = QuarkusTransaction.requiringNew().call(
                    () -> outbox.countPublishedAfter(Topics.CASE_UPDATED, afterSequence, upTo, maxReplay + 1L));
            if (behind > maxReplay) {
                throw new ProblemException(ProblemType.GONE, "More than " + maxReplay + " updates were published after "
                        + "event " + afterSequence + ", too many to replay. Read what changed with GET "
                        + "/cases?modifiedSince=<the time of the last update you applied> (or all of it with GET "
                        + "/cases/export), then connect again without Last-Event-ID.");
            }
            listeners.incrementAndGet();
            try {
                return replay(afterSequence);
            } catch (RuntimeException failed) {
                listeners.decrementAndGet(); // no stream is returned, so none counts down
                throw failed;
            }
        }
    }

    /** Under the poller's lock: the updates after {@code afterSequence} read so far, then the live ones after them. */
    private Multi<Published> replay(long afterSequence) {
        // Subscribed before reading, under the poller's lock: nothing falls between what is read and what comes.
        UnicastProcessor<Published> later = UnicastProcessor.create();
        live.subscribe().withSubscriber(later);
        List<Published> missed = new ArrayList<>();
        // A transaction of its own: one around the returned stream would last as long as the client listens.
        long upTo = QuarkusTransaction.requiringNew().call(() -> {
            long last = lastSeen < 0 ? outbox.lastPublishedSeq(Topics.CASE_UPDATED) : lastSeen;
            long after = afterSequence;
            List<OutboxEvent> page;
            do {
                page = outbox.publishedAfter(Topics.CASE_UPDATED, after, PAGE);
                for (OutboxEvent event : page) {
                    if (event.publishedSeq <= last) {
                        missed.add(published(event));
                    }
                    after = event.publishedSeq;
                }
            } while (page.size() == PAGE && after < last);
            return last;
        });
        long replayedUpTo = Math.max(upTo, afterSequence);
        return Multi.createBy().concatenating().streams(Multi.createFrom().iterable(missed),
                later.select().where(update -> update.sequence() > replayedUpTo)
                        .onOverflow().buffer(SUBSCRIBER_BUFFER));
    }

    /** The payload in compact JSON (rows written before the outbox kept text come back from jsonb with spaces). */
    private static Published published(OutboxEvent event) {
        return new Published(event.publishedSeq, event.messageKey, EventJson.tree(event.payload).toString());
    }

    /** Whether a published case lies on a body's route or has a step there; a deleted case is always of interest. */
    public static boolean concerns(Published update, String committee) {
        var state = EventJson.tree(update.payload()).path("case");
        if (state.isMissingNode() || state.isNull()) {
            return true;
        }
        for (var body : state.path("plannedRoute")) {
            if (committee.equals(body.path("id").asText())) {
                return true;
            }
        }
        for (var step : state.path("steps")) {
            if (committee.equals(step.path("committee").path("id").asText())) {
                return true;
            }
        }
        return false;
    }
}
