package dk.sagsspor.web.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class PrometheusTextTest {

    /** Lines as a Quarkus service writes them at /q/metrics (Micrometer's Prometheus registry). */
    private static final PrometheusText METRICS = new PrometheusText("""
            # HELP sagsspor_outbox_pending Outbox rows not yet sent
            # TYPE sagsspor_outbox_pending gauge
            sagsspor_outbox_pending 12.0
            sagsspor_outbox_pending_extra 99.0
            # TYPE sagsspor_events_dead_lettered_total counter
            sagsspor_events_dead_lettered_total{topic="agenda-item-decided"} 2.0
            sagsspor_events_dead_lettered_total{topic="meeting-published"} 1.0
            kafka_consumer_fetch_manager_records_lag_max{client_id="kafka-consumer-decisions",topic="agenda-item-decided"} 7.0
            kafka_consumer_fetch_manager_records_lag_max{client_id="kafka-consumer-decisions"} NaN
            kafka_consumer_fetch_manager_records_lag_max{client_id="other"} 3.0
            """);

    @Test
    void aGaugeIsItsValueAndAnotherMetricWithTheSamePrefixIsNotIt() {
        assertEquals(OptionalDouble.of(12), METRICS.sum("sagsspor_outbox_pending"));
    }

    @Test
    void aCounterWithLabelsIsSummedOverThem() {
        assertEquals(OptionalDouble.of(3), METRICS.sum("sagsspor_events_dead_lettered_total"));
    }

    @Test
    void theLagIsTheLargestOfTheSeriesThatAreNumbers() {
        assertEquals(OptionalDouble.of(7), METRICS.max("kafka_consumer_fetch_manager_records_lag_max"));
    }

    @Test
    void aMetricTheServiceDoesNotHaveIsAbsent() {
        assertEquals(OptionalDouble.empty(), METRICS.sum("sagsspor_outbox_set_aside"));
        assertEquals(OptionalDouble.empty(), new PrometheusText(null).max("anything"));
    }
}
