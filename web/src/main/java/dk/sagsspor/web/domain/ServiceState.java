package dk.sagsspor.web.domain;

import io.quarkus.qute.TemplateData;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * What an operator needs to see of one service: whether it is ready, and from its metrics the outbox backlog, the age
 * of its oldest unsent event, events set aside and dead-lettered, and how far its consumers are behind.
 */
@TemplateData
public record ServiceState(String name, String url, boolean ready, OptionalDouble outboxPending,
                           OptionalDouble oldestPendingSeconds, OptionalDouble setAside, OptionalDouble deadLettered,
                           OptionalDouble consumerLag) {

    public static ServiceState of(String name, String url, boolean ready, PrometheusText metrics) {
        return new ServiceState(name, url, ready, metrics.sum("sagsspor_outbox_pending"),
                metrics.max("sagsspor_outbox_oldest_pending_seconds"), metrics.sum("sagsspor_outbox_set_aside"),
                metrics.sum("sagsspor_events_dead_lettered_total"),
                metrics.max("kafka_consumer_fetch_manager_records_lag_max"));
    }

    public String readiness() {
        return ready ? "klar" : "ikke klar";
    }

    /** A count as a page shows it; a dash where the service has no such metric (it publishes or consumes nothing). */
    public static String shown(OptionalDouble value) {
        return value.isPresent() ? String.format(Locale.ROOT, "%,.0f", value.getAsDouble()).replace(',', '.') : "–";
    }

    public String pendingText() {
        return shown(outboxPending);
    }

    public String oldestText() {
        return oldestPendingSeconds.isPresent() ? shown(oldestPendingSeconds) + " s" : "–";
    }

    public String setAsideText() {
        return shown(setAside);
    }

    public String deadLetteredText() {
        return shown(deadLettered);
    }

    public String lagText() {
        return consumerLag.isPresent() && consumerLag.getAsDouble() >= 0 ? shown(consumerLag) : "–";
    }
}
