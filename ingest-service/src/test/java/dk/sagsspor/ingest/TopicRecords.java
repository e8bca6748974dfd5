package dk.sagsspor.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import dk.sagsspor.minutes.MinutesJson;
import dk.sagsspor.testsupport.KafkaBrokerResource;
import dk.sagsspor.testsupport.KafkaTestConsumer;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** Reads what reached a topic for one document, so tests sharing the broker do not see each other's events. */
final class TopicRecords {

    private TopicRecords() {
    }

    static List<ConsumerRecord<String, String>> ofDocument(String topic, String documentId) {
        return KafkaTestConsumer.readAll(KafkaBrokerResource.broker().bootstrapServers(), topic, Duration.ofSeconds(2))
                .stream().filter(r -> documentId.equals(payload(r).path("documentId").asText())).toList();
    }

    static JsonNode payload(ConsumerRecord<String, String> record) {
        try {
            return MinutesJson.mapper().readTree(record.value());
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
