package dk.sagsspor.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

class KafkaBrokerTest {

    private static final String TOPIC = "test-support.events";
    private static final Duration WAIT = Duration.ofSeconds(20);

    @Test
    void producesReadsSurvivesStopAndRestartAndCleansUp() throws Exception {
        long t0 = System.nanoTime();
        KafkaBroker broker = KafkaBroker.start();
        System.out.printf("Kafka broker started in %d ms%n", millisSince(t0));
        Path dataDir = broker.dataDir();
        String bootstrap = broker.bootstrapServers();
        try (broker) {
            try (KafkaProducer<String, String> producer = producer(bootstrap, 30_000)) {
                for (int i = 1; i <= 3; i++) {
                    ProducerRecord<String, String> record = new ProducerRecord<>(TOPIC, "key-" + i, "value-" + i);
                    record.headers().add("ce_type", ("dk.sagsspor.test.v" + i).getBytes(StandardCharsets.UTF_8));
                    producer.send(record).get(30, TimeUnit.SECONDS);
                }
            }
            List<ConsumerRecord<String, String>> read = KafkaTestConsumer.readAll(bootstrap, TOPIC, WAIT);
            assertEquals(List.of("value-1", "value-2", "value-3"), sortedValues(read));
            ConsumerRecord<String, String> first = read.stream().filter(r -> r.key().equals("key-1")).findFirst().get();
            assertEquals("dk.sagsspor.test.v1", KafkaTestConsumer.headers(first).get("ce_type"));

            // Broker gone: a producer cannot even get metadata, and says so within max.block.ms.
            broker.stop();
            assertFalse(broker.isRunning());
            try (KafkaProducer<String, String> producer = producer(bootstrap, 2_000)) {
                long sent = System.nanoTime();
                ExecutionException failure = assertThrows(ExecutionException.class,
                        () -> producer.send(new ProducerRecord<>(TOPIC, "k", "lost")).get(10, TimeUnit.SECONDS));
                assertInstanceOf(TimeoutException.class, failure.getCause());
                assertTrue(millisSince(sent) < 8_000, "send should fail within max.block.ms");
            }

            // Same ports, same data.
            long t1 = System.nanoTime();
            broker.restart();
            System.out.printf("Kafka broker restarted in %d ms%n", millisSince(t1));
            assertEquals(bootstrap, broker.bootstrapServers());
            assertEquals(List.of("value-1", "value-2", "value-3"),
                    sortedValues(KafkaTestConsumer.readAll(bootstrap, TOPIC, WAIT)));

            try (KafkaProducer<String, String> producer = producer(bootstrap, 30_000)) {
                producer.send(new ProducerRecord<>(TOPIC, "key-4", "value-4")).get(30, TimeUnit.SECONDS);
            }
            assertEquals(List.of("value-1", "value-2", "value-3", "value-4"),
                    sortedValues(KafkaTestConsumer.readAtLeast(bootstrap, TOPIC, 4, WAIT)));
        }
        assertFalse(broker.isRunning());
        assertFalse(Files.exists(dataDir), "close() deletes the data directory");
    }

    @Test
    void emptyTopicGivesNothingAfterTheWait() {
        try (KafkaBroker broker = KafkaBroker.start()) {
            long t0 = System.nanoTime();
            assertEquals(List.of(), KafkaTestConsumer.readAll(broker.bootstrapServers(), "nobody.writes.here",
                    Duration.ofSeconds(1)));
            assertTrue(millisSince(t0) < 10_000);
        }
    }

    private static KafkaProducer<String, String> producer(String bootstrap, int maxBlockMs) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, Integer.toString(maxBlockMs));
        props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, Integer.toString(Math.min(maxBlockMs, 10_000)));
        props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, Integer.toString(Math.min(maxBlockMs, 10_000) + 1_000));
        return new KafkaProducer<>(props);
    }

    private static List<String> sortedValues(List<ConsumerRecord<String, String>> records) {
        return records.stream().map(ConsumerRecord::value).sorted().collect(Collectors.toList());
    }

    private static long millisSince(long nanos) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - nanos);
    }
}
