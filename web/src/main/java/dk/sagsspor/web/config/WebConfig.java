package dk.sagsspor.web.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.time.Duration;
import java.util.Optional;

/**
 * Where the three services are: {@code api} as this module reaches them (inside a cluster, the services' own names),
 * {@code public} as a reader's browser reaches them (links to documents, the live case stream). Environment:
 * SAGSSPOR_WEB_API_CASES, SAGSSPOR_WEB_PUBLIC_CASES, ...
 */
@ConfigMapping(prefix = "sagsspor.web")
public interface WebConfig {

    Services api();

    /** Defaults to {@link #api()}, which is right when the browser reaches the services at the same addresses. */
    @WithName("public")
    PublicServices publicUrls();

    /** How long one call to a service may take before the page says it could not be reached. */
    @WithDefault("5s")
    Duration timeout();

    interface Services {
        @WithDefault("http://localhost:8080")
        String ingest();

        @WithDefault("http://localhost:8081")
        String meetings();

        @WithDefault("http://localhost:8082")
        String cases();
    }

    interface PublicServices {
        Optional<String> ingest();

        Optional<String> meetings();

        Optional<String> cases();
    }
}
