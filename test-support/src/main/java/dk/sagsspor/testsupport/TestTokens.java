package dk.sagsspor.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.util.Map;

/**
 * The tests' identity provider: one RSA key pair per test JVM, its public key in a temporary PEM file that the
 * service under test verifies against, and signed tokens for the requests. A test that posts or withdraws documents
 * sends {@code Authorization: Bearer} {@link #writer()}; a test of the refusals signs bad tokens from
 * {@link #claims()} (expired, another issuer or audience) or with {@link #otherKey()}.
 *
 * <p>{@link Resource} sets the verification config of every {@code @QuarkusTest} (registered with {@link RealServers}
 * in {@code META-INF/services}); {@link #verifierEnvironment()} gives the same to a service started as a process.
 */
public final class TestTokens {

    public static final String ISSUER = "urn:sagsspor:test";
    public static final String AUDIENCE = "sagsspor";

    private static final KeyPair KEYS = Jwts.newKeyPair();
    private static final Path PUBLIC_KEY = writePublicKey();

    private TestTokens() {
    }

    /** A valid token with the role to post and withdraw documents. */
    public static String writer() {
        return claims().groups(Jwts.WRITE).sign(key());
    }

    /** A valid token with exactly these roles (full names or the aliases {@code writer}, {@code reader}). */
    public static String token(String... roles) {
        return claims().groups(roles).sign(key());
    }

    /** The claims of a valid token with every role, issued now for an hour; change one to make a bad token. */
    public static Jwts.Claims claims() {
        return Jwts.claims(ISSUER, AUDIENCE);
    }

    /** The key the service trusts. */
    public static PrivateKey key() {
        return KEYS.getPrivate();
    }

    /** A key the service does not trust: a token signed with it is forged. */
    public static PrivateKey otherKey() {
        return Jwts.newKeyPair().getPrivate();
    }

    /** The verification settings as environment variables, for a service started as a separate process. */
    public static Map<String, String> verifierEnvironment() {
        return Map.of(
                "MP_JWT_VERIFY_PUBLICKEY_LOCATION", PUBLIC_KEY.toUri().toString(),
                "MP_JWT_VERIFY_ISSUER", ISSUER,
                "MP_JWT_VERIFY_AUDIENCES", AUDIENCE);
    }

    private static Path writePublicKey() {
        try {
            Path file = Files.createTempFile("sagsspor-test-jwt", ".pem");
            file.toFile().deleteOnExit();
            return Jwts.writePublicKey(KEYS.getPublic(), file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes every {@code @QuarkusTest} verify tokens against {@link TestTokens}' key, issuer and audience. */
    public static class Resource implements QuarkusTestResourceLifecycleManager {

        @Override
        public Map<String, String> start() {
            return Map.of(
                    "mp.jwt.verify.publickey.location", PUBLIC_KEY.toUri().toString(),
                    "mp.jwt.verify.issuer", ISSUER,
                    "mp.jwt.verify.audiences", AUDIENCE);
        }

        @Override
        public void stop() {
            // The key file goes when the JVM exits: later test classes of the same run still verify against it.
        }
    }
}
