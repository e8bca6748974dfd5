package dk.sagsspor.ingest.security;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.jwt.Claims;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Bearer tokens already verified, each kept until it expires and for {@link #MAX_KEPT} at most. A client posts many
 * documents with one token (a backfill: thousands), and checking its RS256 signature again each time was a sixth of
 * ingest-service's CPU (C1 has no intrinsics for RSA's big-number arithmetic). Only the whole token string finds a
 * kept one, so nothing is trusted that was not verified exactly so; a token without an expiry is never kept.
 */
final class VerifiedTokens {

    /** How long a verified token is trusted without verifying it again, even when it is valid for longer. */
    static final Duration MAX_KEPT = Duration.ofMinutes(5);
    /** More distinct tokens than this in five minutes are not one client's backfill: the kept ones are dropped. */
    static final int MAX_TOKENS = 1_000;

    private record Kept(JsonWebToken token, long untilEpochSecond) {
    }

    private final Map<String, Kept> kept = new ConcurrentHashMap<>();
    private final Clock clock;

    VerifiedTokens(Clock clock) {
        this.clock = clock;
    }

    /**
     * The kept verification of this token, or {@code verify}'s (which throws for a token it refuses, so a refused
     * token is never kept).
     */
    <E extends Exception> JsonWebToken verified(String token, Verifier<E> verify) throws E {
        long now = clock.instant().getEpochSecond();
        Kept known = kept.get(token);
        if (known != null && now < known.untilEpochSecond()) {
            return known.token();
        }
        JsonWebToken verified = verify.verify(token);
        long expires = expiry(verified);
        if (expires > now) {
            if (kept.size() >= MAX_TOKENS) {
                kept.clear();
            }
            kept.put(token, new Kept(verified, Math.min(expires, now + MAX_KEPT.toSeconds())));
        }
        return verified;
    }

    /** The token's expiry in seconds since the epoch, 0 when it has none. */
    private static long expiry(JsonWebToken token) {
        Object exp = token.getClaim(Claims.exp.name());
        return exp instanceof Number seconds ? seconds.longValue() : 0;
    }

    /** Verifies a token or refuses it. */
    @FunctionalInterface
    interface Verifier<E extends Exception> {
        JsonWebToken verify(String token) throws E;
    }

    /** For tests: how many tokens are kept. */
    int size() {
        return kept.size();
    }
}
