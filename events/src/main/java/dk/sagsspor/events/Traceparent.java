package dk.sagsspor.events;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * W3C Trace Context {@code traceparent} values ({@code 00-<32 hex trace id>-<16 hex parent id>-<2 hex flags>}), carried
 * from the HTTP request that caused a change through the outbox and the Kafka header {@code traceparent} into the
 * consumers' logs, so one trace id follows a document from POST to every case it changes.
 */
public final class Traceparent {

    /** Kafka header and HTTP header name. */
    public static final String HEADER = "traceparent";
    /** Logging MDC key holding the trace id (the 32 hex digits) while a request or an event is handled. */
    public static final String MDC_TRACE_ID = "traceId";
    /** Logging MDC key holding the whole traceparent, for the events written meanwhile. */
    public static final String MDC_TRACEPARENT = "traceparent";

    private static final Pattern VALID = Pattern.compile("[0-9a-f]{2}-([0-9a-f]{32})-[0-9a-f]{16}-[0-9a-f]{2}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private Traceparent() {
    }

    /** The incoming value when it is a valid traceparent (an all-zero trace id is not), else a new one. */
    public static String continueOrStart(String incoming) {
        if (incoming != null) {
            String value = incoming.strip().toLowerCase(java.util.Locale.ROOT);
            var match = VALID.matcher(value);
            if (match.matches() && !match.group(1).chars().allMatch(c -> c == '0')) {
                return value;
            }
        }
        return "00-" + hex(16) + "-" + hex(8) + "-01";
    }

    /** The trace id part of a traceparent. */
    public static String traceId(String traceparent) {
        return traceparent.substring(3, 35);
    }

    private static String hex(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return HexFormat.of().formatHex(random);
    }
}
