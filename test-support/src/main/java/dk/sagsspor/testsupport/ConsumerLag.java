package dk.sagsspor.testsupport;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * Waits until a consumer group has committed every record of a topic: nothing is left for the service's consumer to
 * process. A test that counts what the service does (statements, say) waits for this first, so that records other
 * tests left behind, redelivered when a new application joins the group, are not processed while it counts.
 */
public final class ConsumerLag {

    private ConsumerLag() {
    }

    /** Waits up to {@code atMost} until {@code group} has committed the end of every partition of {@code topic}. */
    public static void awaitCaughtUp(String bootstrap, String group, String topic, Duration atMost) {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        try (Admin admin = Admin.create(props)) {
            long deadline = System.nanoTime() + atMost.toNanos();
            long behind;
            while ((behind = behind(admin, group, topic)) > 0) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError(group + " still " + behind + " records behind on " + topic + " after "
                            + atMost);
                }
                Thread.sleep(200);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not read " + group + "'s offsets on " + topic, e);
        }
    }

    /**
     * How many records of the topic the group has not committed; a partition it never committed counts from 0, a topic
     * that does not exist has none.
     */
    static long behind(Admin admin, String group, String topic)
            throws InterruptedException, ExecutionException, TimeoutException {
        if (!admin.listTopics().names().get(30, TimeUnit.SECONDS).contains(topic)) {
            return 0;
        }
        TopicDescription description = admin.describeTopics(List.of(topic)).allTopicNames().get(30, TimeUnit.SECONDS)
                .get(topic);
        Map<TopicPartition, OffsetSpec> latest = description.partitions().stream()
                .collect(Collectors.toMap(p -> new TopicPartition(topic, p.partition()), p -> OffsetSpec.latest()));
        Map<TopicPartition, Long> ends = admin.listOffsets(latest).all().get(30, TimeUnit.SECONDS).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata().get(30, TimeUnit.SECONDS);
        long behind = 0;
        for (Map.Entry<TopicPartition, Long> end : ends.entrySet()) {
            OffsetAndMetadata done = committed.get(end.getKey());
            behind += end.getValue() - (done == null ? 0 : done.offset());
        }
        return behind;
    }
}
