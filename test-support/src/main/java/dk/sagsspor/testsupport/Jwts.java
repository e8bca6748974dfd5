package dk.sagsspor.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * RS256 JSON Web Tokens as an OIDC provider issues them ({@code iss}, {@code aud}, {@code sub}, {@code iat},
 * {@code exp}, roles in {@code groups}), made with the JDK alone, so the services' tests, the end-to-end test and
 * {@code deploy/local/token.sh} sign real tokens the same way without an identity provider. The one home of token
 * making in the project; the services only ever verify.
 */
public final class Jwts {

    /** The role that may post and withdraw documents. */
    public static final String WRITE = "documents:write";
    /** The role that may read documents when ingest-service is set to require it. */
    public static final String READ = "documents:read";
    /** Every role a token can carry; a token made without naming roles carries them all. */
    public static final List<String> ROLES = List.of(WRITE, READ);

    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();

    private Jwts() {
    }

    /** A new 2048-bit RSA key pair. */
    public static KeyPair newKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The key pair in {@code dir} ({@code private.pem}, PKCS#8, readable by the owner only; {@code public.pem}, X.509
     * SubjectPublicKeyInfo, the form {@code mp.jwt.verify.publickey.location} reads), made first if it is not there.
     */
    public static KeyPair keyPairIn(Path dir) {
        Path privatePem = dir.resolve("private.pem");
        Path publicPem = dir.resolve("public.pem");
        try {
            if (!Files.exists(privatePem)) {
                KeyPair made = newKeyPair();
                Files.createDirectories(dir);
                Path partial = Files.createTempFile(dir, "private", ".tmp");
                setOwnerOnly(partial);
                Files.writeString(partial, pem("PRIVATE KEY", made.getPrivate().getEncoded()));
                Files.move(partial, privatePem);
            }
            KeyPair pair = read(privatePem);
            // Written again from the private key each time, so the two never disagree.
            Files.writeString(publicPem, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
            return pair;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the public key as PEM to {@code file}. */
    public static Path writePublicKey(PublicKey key, Path file) {
        try {
            return Files.writeString(file, pem("PUBLIC KEY", key.getEncoded()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The full role name of an alias: {@code writer} or {@code reader}, or a role named in full. */
    public static String role(String aliasOrRole) {
        return switch (aliasOrRole) {
            case "writer" -> WRITE;
            case "reader" -> READ;
            default -> aliasOrRole;
        };
    }

    /** A token's claims, to be signed; {@link #sign} makes the compact JWS. */
    public static Claims claims(String issuer, String audience) {
        return new Claims(issuer, audience);
    }

    /** The claims of one token. Every setter returns a new value, so one base can make good and bad tokens. */
    public record Claims(String issuer, String audience, String subject, List<String> groups, Instant issuedAt,
                         Duration lifetime) {

        Claims(String issuer, String audience) {
            this(issuer, audience, "sagsspor-test", ROLES, Instant.now(), Duration.ofHours(1));
        }

        public Claims issuer(String value) {
            return new Claims(value, audience, subject, groups, issuedAt, lifetime);
        }

        public Claims audience(String value) {
            return new Claims(issuer, value, subject, groups, issuedAt, lifetime);
        }

        public Claims subject(String value) {
            return new Claims(issuer, audience, value, groups, issuedAt, lifetime);
        }

        /** The roles, full names or aliases ({@link #role}); none given means none. */
        public Claims groups(String... roles) {
            Set<String> named = new LinkedHashSet<>();
            for (String role : roles) {
                named.add(role(role));
            }
            return new Claims(issuer, audience, subject, List.copyOf(named), issuedAt, lifetime);
        }

        /** Issued at {@code at}, valid for {@code validFor}: in the past for an expired token. */
        public Claims valid(Instant at, Duration validFor) {
            return new Claims(issuer, audience, subject, groups, at, validFor);
        }

        public String sign(PrivateKey key) {
            List<String> members = new ArrayList<>();
            members.add(member("iss", issuer));
            members.add(member("aud", audience));
            members.add(member("sub", subject));
            members.add(member("upn", subject));
            members.add("\"iat\":" + issuedAt.getEpochSecond());
            members.add("\"exp\":" + issuedAt.plus(lifetime).getEpochSecond());
            members.add(member("jti", UUID.randomUUID().toString()));
            members.add("\"groups\":[" + groups.stream().map(Jwts::json).collect(Collectors.joining(",")) + "]");
            String signingInput = URL.encodeToString("{\"alg\":\"RS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8))
                    + "." + URL.encodeToString(("{" + String.join(",", members) + "}").getBytes(StandardCharsets.UTF_8));
            try {
                Signature rs256 = Signature.getInstance("SHA256withRSA");
                rs256.initSign(key);
                rs256.update(signingInput.getBytes(StandardCharsets.US_ASCII));
                return signingInput + "." + URL.encodeToString(rs256.sign());
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static KeyPair read(Path privatePem) throws IOException {
        String base64 = Files.readString(privatePem).replaceAll("-----[A-Z ]+-----|\\s", "");
        try {
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            PrivateKey privateKey = rsa.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
            RSAPrivateCrtKey crt = (RSAPrivateCrtKey) privateKey;
            PublicKey publicKey = rsa.generatePublic(new RSAPublicKeySpec(crt.getModulus(), crt.getPublicExponent()));
            return new KeyPair(publicKey, privateKey);
        } catch (GeneralSecurityException | ClassCastException e) {
            throw new IllegalStateException(privatePem + " is not an RSA private key in PKCS#8 PEM", e);
        }
    }

    private static void setOwnerOnly(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // A file system without POSIX permissions (Windows): the directory's own protection applies.
        }
    }

    private static String pem(String label, byte[] der) {
        return "-----BEGIN " + label + "-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                + "\n-----END " + label + "-----\n";
    }

    private static String member(String name, String value) {
        return json(name) + ":" + json(value);
    }

    /** A JSON string; the claims here are names and ids, but quotes, backslashes and controls are escaped anyway. */
    private static String json(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
