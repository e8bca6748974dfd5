package dk.sagsspor.outbox;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** A consumer built as the services build theirs: every record through the message log, one handler per type. */
@ApplicationScoped
public class ProbeConsumer {

    private final MessageLog log;
    private final List<EventHandler<?>> handlers;

    ProbeConsumer(MessageLog log, EntityManager em) {
        this.log = log;
        this.handlers = List.of(new EventHandler<>(ProbeEvent.TYPE, ProbeEvent.class, ProbeEvent.SCHEMA_VERSION,
                probe -> em.createNativeQuery("insert into probe_applied (event_id, note) values (:id, :note)")
                        .setParameter("id", probe.eventId()).setParameter("note", probe.note()).executeUpdate()));
    }

    @Incoming("probe")
    @Blocking
    public void onProbe(ConsumerRecord<String, String> record) {
        log.consume(record, handlers);
    }
}
