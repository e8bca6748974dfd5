package dk.sagsspor.outbox;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The module's meters reach Prometheus under the names the dashboards and alerts use. */
@QuarkusTest
class MetricsEndpointTest {

    @TestHTTPResource("/q/metrics")
    URI metrics;

    @Inject
    EventMetrics events;

    @Test
    void theOutboxAndConsumerMetersAreScrapedAtQMetrics() throws Exception {
        // Counters appear once counted; one dead-lettered event on a topic no test reads.
        events.deadLettered("metrics-test");

        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(metrics).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode(), is(200));
        String body = response.body();
        assertThat(body, containsString("sagsspor_outbox_pending "));
        assertThat(body, containsString("sagsspor_outbox_oldest_pending_seconds "));
        assertThat(body, containsString("sagsspor_outbox_set_aside "));
        assertThat(body, containsString("sagsspor_events_dead_lettered_total{topic=\"metrics-test\"} 1.0"));
        // The Kafka clients' own metrics (Quarkus' Kafka binder), among them the consumer's lag.
        assertThat(body, containsString("kafka_consumer_fetch_manager_records_lag_max"));
    }
}
