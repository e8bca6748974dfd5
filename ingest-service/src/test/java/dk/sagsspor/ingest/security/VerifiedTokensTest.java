package dk.sagsspor.ingest.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which verified tokens are kept, and for how long; no server, a clock that is moved by hand. */
class VerifiedTokensTest {

    private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");

    private final MovableClock clock = new MovableClock();
    private final VerifiedTokens tokens = new VerifiedTokens(clock);
    private final AtomicInteger verifications = new AtomicInteger();

    @ParameterizedTest(name = "valid for {0} s: verified again after {1} s")
    @CsvSource({
            // valid for (s) | verified again after (s): at its expiry, or after five minutes when valid for longer
            "60, 60",
            "3600, 300",
            "300, 300",
            "1, 1"})
    void aTokenIsVerifiedOnceUntilItExpiresOrFiveMinutesPass(long validFor, long verifiedAgainAfter) {
        JsonWebToken first = use("t", validFor);
        clock.move(Duration.ofSeconds(verifiedAgainAfter - 1));
        assertSame(first, use("t", validFor - verifiedAgainAfter + 1));
        assertEquals(1, verifications.get());
        clock.move(Duration.ofSeconds(1));
        use("t", validFor - verifiedAgainAfter);
        assertEquals(2, verifications.get());
    }

    @Test
    void onlyTheSameTokenStringFindsAKeptOne() {
        use("t", 60);
        use("t2", 60);
        assertEquals(2, verifications.get());
    }

    @Test
    void aRefusedTokenIsNeverKept() {
        for (int i = 0; i < 2; i++) {
            assertThrows(IllegalArgumentException.class, () -> tokens.verified("bad", token -> {
                verifications.incrementAndGet();
                throw new IllegalArgumentException("refused");
            }));
        }
        assertEquals(2, verifications.get());
        assertEquals(0, tokens.size());
    }

    @Test
    void aTokenWithoutExpiryIsNeverKept() {
        use("no-exp", 0, false);
        use("no-exp", 0, false);
        assertEquals(2, verifications.get());
    }

    @Test
    void tooManyTokensDropTheKeptOnes() {
        for (int i = 0; i < VerifiedTokens.MAX_TOKENS; i++) {
            use("t" + i, 60);
        }
        assertEquals(VerifiedTokens.MAX_TOKENS, tokens.size());
        use("one more", 60);
        assertEquals(1, tokens.size());
    }

    private JsonWebToken use(String token, long secondsLeft) {
        return use(token, secondsLeft, true);
    }

    private JsonWebToken use(String token, long secondsLeft, boolean expires) {
        long exp = expires ? clock.instant().getEpochSecond() + secondsLeft : 0;
        return tokens.verified(token, t -> {
            verifications.incrementAndGet();
            return new Token(exp);
        });
    }

    /** A verified token with only an expiry (0: none), as smallrye-jwt's getExpirationTime reads it. */
    private record Token(long exp) implements JsonWebToken {
        @Override
        public String getName() {
            return "test";
        }

        @Override
        public Set<String> getClaimNames() {
            return Set.of("exp");
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T getClaim(String claimName) {
            return "exp".equals(claimName) && exp != 0 ? (T) Long.valueOf(exp) : null;
        }
    }

    private static final class MovableClock extends Clock {
        private Instant now = NOW;

        void move(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
