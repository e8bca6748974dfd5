package dk.sagsspor.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;

/** The consumer side's counters, per topic, exposed at {@code /q/metrics}. */
@ApplicationScoped
public class EventMetrics {

    private final MeterRegistry registry;

    EventMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Prometheus: {@code sagsspor_events_dead_lettered_total{topic}}. */
    void deadLettered(String topic) {
        Counter.builder("sagsspor.events.dead.lettered")
                .description("Events handed to the channel's dead-letter topic because they can never be processed")
                .tag("topic", topic).register(registry).increment();
    }

    /** Prometheus: {@code sagsspor_events_retried_total{topic,kind}}; kind is transient or other. */
    void retried(String topic, FailureKind kind) {
        Counter.builder("sagsspor.events.retried")
                .description("Failed attempts to apply an event that were tried again")
                .tag("topic", topic).tag("kind", kind.name().toLowerCase())
                .register(registry).increment();
    }
}
