package dk.sagsspor.outbox;

/**
 * An event that can never be processed, however often it is tried: not JSON, not the payload its type promises, or a
 * type or schema version this consumer does not know. The consumer's failure strategy sends it to the dead-letter
 * topic, whose {@code dead-letter-reason} header carries this message.
 */
public class UnprocessableEventException extends RuntimeException {

    public UnprocessableEventException(String message) {
        super(message);
    }

    public UnprocessableEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
