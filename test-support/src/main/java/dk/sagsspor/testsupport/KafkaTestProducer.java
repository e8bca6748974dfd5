package dk.sagsspor.testsupport;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Writes records to a topic as a producing service would (String key, String value or raw bytes, headers, acks=all),
 * for tests.
 */
public final class KafkaTestProducer {

    private KafkaTestProducer() {
    }

    /** A record with the given headers (UTF-8); {@code value} may be anything, also what no consumer can read. */
    public static <V> ProducerRecord<String, V> record(String topic, String key, V value, Map<String, String> headers) {
        ProducerRecord<String, V> record = new ProducerRecord<>(topic, key, value);
        headers.forEach((name, headerValue) -> record.headers().add(name, headerValue.getBytes(StandardCharsets.UTF_8)));
        return record;
    }

    /** Sends the records in order and returns once the broker has acknowledged every one. */
    public static void send(String bootstrap, List<ProducerRecord<String, String>> records) {
        send(bootstrap, records, new StringSerializer());
    }

    /** {@link #send} of values given as bytes, sent as they are (e.g. bytes that are not UTF-8). */
    public static void sendBytes(String bootstrap, List<ProducerRecord<String, byte[]>> records) {
        send(bootstrap, records, new ByteArraySerializer());
    }

    private static <V> void send(String bootstrap, List<ProducerRecord<String, V>> records, Serializer<V> values) {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, V> producer = new KafkaProducer<>(config, new StringSerializer(), values)) {
            records.forEach(producer::send);
            producer.flush();
        }
    }
}
