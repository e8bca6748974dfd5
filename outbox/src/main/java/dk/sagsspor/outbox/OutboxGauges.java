package dk.sagsspor.outbox;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * The outbox's backlog as Prometheus gauges: {@code sagsspor_outbox_pending}, {@code
 * sagsspor_outbox_oldest_pending_seconds} and {@code sagsspor_outbox_set_aside}. They are read from the table every
 * {@code sagsspor.outbox.metrics.interval}, not on each scrape, so a scrape never waits for the database (and never
 * runs on an I/O thread). Every instance reports the same shared table: aggregate with max, not sum.
 */
@Startup
@ApplicationScoped
public class OutboxGauges {

    private static final Logger LOG = Logger.getLogger(OutboxGauges.class);

    private final OutboxRepository outbox;
    private volatile OutboxRepository.Backlog backlog = new OutboxRepository.Backlog(0, 0, 0);

    OutboxGauges(OutboxRepository outbox, MeterRegistry registry) {
        this.outbox = outbox;
        Gauge.builder("sagsspor.outbox.pending", this, gauges -> gauges.backlog.pending())
                .description("Outbox events not yet sent (neither published nor set aside)")
                .strongReference(true).register(registry);
        Gauge.builder("sagsspor.outbox.oldest.pending", this, gauges -> gauges.backlog.oldestPendingSeconds())
                .description("Age of the oldest outbox event not yet sent, 0 when none")
                .baseUnit("seconds").strongReference(true).register(registry);
        Gauge.builder("sagsspor.outbox.set.aside", this, gauges -> gauges.backlog.setAside())
                .description("Outbox events set aside because they can never be sent")
                .strongReference(true).register(registry);
    }

    @Scheduled(every = "${sagsspor.outbox.metrics.interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void refresh() {
        try {
            backlog = QuarkusTransaction.requiringNew().call(outbox::backlog);
        } catch (RuntimeException e) {
            // The gauges keep their last values; the database's own health check reports the outage.
            LOG.debugf("Outbox gauges not refreshed: %s", e.getMessage());
        }
    }
}
