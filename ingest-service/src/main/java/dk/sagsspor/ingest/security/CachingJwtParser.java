package dk.sagsspor.ingest.security;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.time.Clock;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * smallrye-jwt's parser, which Quarkus' bearer-token check calls for every request, with the tokens it verified kept
 * ({@link VerifiedTokens}). Verification itself (signature, issuer, audience, expiry) is smallrye-jwt's, unchanged.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class CachingJwtParser extends DefaultJWTParser {

    private final VerifiedTokens verified = new VerifiedTokens(Clock.systemUTC());

    @Override
    public JsonWebToken parse(String bearerToken) throws ParseException {
        return verified.verified(bearerToken, super::parse);
    }
}
