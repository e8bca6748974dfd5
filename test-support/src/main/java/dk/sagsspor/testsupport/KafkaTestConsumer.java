package dk.sagsspor.testsupport;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads what is in a topic, for assertions. It assigns itself every partition and reads from the beginning, without
 * a consumer group, so it neither commits offsets nor disturbs the service's own consumers.
 */
public final class KafkaTestConsumer {

    private KafkaTestConsumer() {
    }

    /**
     * Every record in the topic, read from the beginning up to the current end. If the topic does not exist yet or
     * is empty, waits up to {@code wait} for records to appear (and returns an empty list if none do).
     * Records come in per-partition order.
     */
    public static List<ConsumerRecord<String, String>> readAll(String bootstrap, String topic, Duration wait) {
        return readAtLeast(bootstrap, topic, 1, wait);
    }

    /**
     * Like {@link #readAll}, but keeps waiting (up to {@code wait}) until at least {@code count} records are there;
     * for records that a service publishes asynchronously. Returns what it has when the time is up.
     */
    public static List<ConsumerRecord<String, String>> readAtLeast(String bootstrap, String topic, int count,
            Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config(bootstrap))) {
            List<TopicPartition> partitions = awaitPartitions(consumer, topic, deadline);
            List<ConsumerRecord<String, String>> records = new ArrayList<>();
            if (partitions.isEmpty()) {
                return records;
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            while (true) {
                consumer.poll(Duration.ofMillis(100)).forEach(records::add);
                if (records.size() >= count && atEnd(consumer, partitions)) {
                    return records;
                }
                if (System.nanoTime() > deadline) {
                    return records;
                }
            }
        }
    }

    /**
     * Waits until consumer group {@code groupId} has committed, on every partition of {@code topic}, an offset at or
     * past the end the topic has now: every record written so far has been consumed (and its effect committed, since
     * a consumer commits an offset only after processing the record). For tests that must show a redelivery was
     * consumed and changed nothing.
     *
     * @throws AssertionError when the group has not caught up within {@code wait}
     */
    public static void awaitCaughtUp(String bootstrap, String groupId, String topic, Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        try (Admin admin = Admin.create(props); KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config(bootstrap))) {
            List<TopicPartition> partitions = awaitPartitions(consumer, topic, deadline);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (true) {
                Map<TopicPartition, OffsetAndMetadata> committed =
                        admin.listConsumerGroupOffsets(groupId).partitionsToOffsetAndMetadata().get();
                boolean caughtUp = end.entrySet().stream().allMatch(e -> e.getValue() == 0
                        || (committed.get(e.getKey()) != null && committed.get(e.getKey()).offset() >= e.getValue()));
                if (caughtUp) {
                    return;
                }
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("group " + groupId + " has not consumed " + topic + " up to " + end
                            + " within " + wait + "; committed: " + committed);
                }
                Thread.sleep(100);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new AssertionError("cannot read the offsets of group " + groupId, e);
        }
    }

    /** The record's headers as strings (UTF-8). If a key repeats, the last value wins; a null value stays null. */
    public static Map<String, String> headers(ConsumerRecord<?, ?> record) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (Header header : record.headers()) {
            headers.put(header.key(), header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8));
        }
        return headers;
    }

    private static Properties config(String bootstrap) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        // Looking must not create the topic (with broker defaults) before the service does.
        props.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
        // Only see committed records of transactional producers, as a real consumer would.
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        return props;
    }

    private static List<TopicPartition> awaitPartitions(KafkaConsumer<?, ?> consumer, String topic, long deadline) {
        while (true) {
            List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(5));
            if (infos != null && !infos.isEmpty()) {
                return infos.stream()
                        .map(info -> new TopicPartition(topic, info.partition()))
                        .collect(Collectors.toList());
            }
            if (System.nanoTime() > deadline) {
                return List.of();
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return List.of();
            }
        }
    }

    private static boolean atEnd(KafkaConsumer<?, ?> consumer, List<TopicPartition> partitions) {
        Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
        return partitions.stream().allMatch(p -> consumer.position(p) >= end.get(p));
    }
}
