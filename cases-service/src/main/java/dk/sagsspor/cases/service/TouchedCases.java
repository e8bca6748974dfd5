package dk.sagsspor.cases.service;

import jakarta.transaction.TransactionScoped;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The cases the events of the current consumer transaction changed the statements of, each with the trace of the
 * last event that did. Scoped to the transaction: a batch tried again starts from nothing, and each case's timeline is
 * recomputed once at the end of the batch, however many of its decisions came in it.
 */
@TransactionScoped
public class TouchedCases implements Serializable {

    private final Map<String, String> traceparents = new LinkedHashMap<>();

    void add(String caseNumber, String traceparent) {
        traceparents.remove(caseNumber);
        traceparents.put(caseNumber, traceparent);
    }

    /** The cases in the order they were last touched, with the trace of the event that last did; then forgets them. */
    Map<String, String> drain() {
        Map<String, String> drained = new LinkedHashMap<>(traceparents);
        traceparents.clear();
        return drained;
    }
}
