package dk.sagsspor.outbox;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * What the event handlers of one consumer transaction gather, in the order it came, for the end of the transaction to
 * write together ({@link MessageLog#consume}'s {@code beforeCommit}): a few statements for a batch of hundreds of
 * events instead of a few per event. Subclasses are scoped to the transaction ({@code @TransactionScoped}), so a batch
 * tried again starts from nothing.
 */
public abstract class Gathered<T> implements Serializable {

    private final List<T> gathered = new ArrayList<>();

    public void add(T item) {
        gathered.add(item);
    }

    /** What was gathered, in the order it came; then forgets it. */
    public List<T> drain() {
        List<T> drained = List.copyOf(gathered);
        gathered.clear();
        return drained;
    }
}
