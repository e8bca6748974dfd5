package dk.sagsspor.outbox;

import java.util.function.Consumer;

/**
 * What a consumer does with one kind of event: the CloudEvents type it accepts, the payload record and
 * {@code schemaVersion} it reads, and what applying it means. Used by {@link MessageLog#consume}.
 *
 * @param type          the {@code ce_type} header, e.g. {@code dk.sagsspor.agenda-item-decided.v1}
 * @param schemaVersion the payload's {@code schemaVersion} this handler reads; any other version is refused
 * @param apply         called inside the message log's transaction, at most once per event id
 */
public record EventHandler<T>(String type, Class<T> payloadType, int schemaVersion, Consumer<T> apply) {
}
