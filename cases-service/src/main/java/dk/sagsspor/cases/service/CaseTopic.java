package dk.sagsspor.cases.service;

import dk.sagsspor.events.Topics;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.jboss.logging.Logger;

/**
 * Makes case-updated a compacted topic kept for ever, so a new consumer builds every case from it alone (the last
 * record per case is its whole state). Created so at startup when missing; an existing topic gets the two settings.
 * In a cluster where topics are managed (Strimzi's KafkaTopic in deploy/k8s) this finds them already set.
 */
@ApplicationScoped
public class CaseTopic {

    static final Map<String, String> SETTINGS = Map.of(
            TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT,
            TopicConfig.RETENTION_MS_CONFIG, "-1");

    private static final Logger LOG = Logger.getLogger(CaseTopic.class);

    private final Map<String, Object> adminConfig = new HashMap<>();

    /**
     * @param kafka every {@code kafka.*} setting of the service: the bootstrap servers and, in a cluster, the
     *              credentials (security protocol, SASL, trust store), so this client connects as the channels do
     */
    CaseTopic(@Identifier("default-kafka-broker") Map<String, Object> kafka) {
        kafka.forEach((name, value) -> {
            if (AdminClientConfig.configNames().contains(name)) {
                adminConfig.put(name, value);
            }
        });
        adminConfig.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        adminConfig.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 15_000);
    }

    void onStart(@Observes StartupEvent start) {
        try (Admin admin = Admin.create(adminConfig)) {
            ensureCompacted(admin);
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            // The service still works; the topic then keeps the broker's defaults until an operator sets them.
            LOG.warnf(e, "Could not make %s compacted; set %s on the topic by hand", Topics.CASE_UPDATED, SETTINGS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static void ensureCompacted(Admin admin) throws ExecutionException, InterruptedException, TimeoutException {
        try {
            admin.createTopics(List.of(new NewTopic(Topics.CASE_UPDATED, Optional.empty(), Optional.empty())
                    .configs(SETTINGS))).all().get(15, TimeUnit.SECONDS);
            LOG.infof("Created %s with %s", Topics.CASE_UPDATED, SETTINGS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw e;
            }
            ConfigResource topic = new ConfigResource(ConfigResource.Type.TOPIC, Topics.CASE_UPDATED);
            List<AlterConfigOp> ops = SETTINGS.entrySet().stream()
                    .map(s -> new AlterConfigOp(new ConfigEntry(s.getKey(), s.getValue()), AlterConfigOp.OpType.SET))
                    .toList();
            admin.incrementalAlterConfigs(Map.of(topic, ops)).all().get(15, TimeUnit.SECONDS);
        }
    }
}
