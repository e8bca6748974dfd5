package dk.sagsspor.problems;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Where each service is reached from outside ({@code sagsspor.public-base-url.*}, or SAGSSPOR_PUBLIC_BASE_URL_* in the
 * environment): every href the APIs answer is built on these, so that behind a proxy or ingress the links point where
 * a client can follow them, whatever Host the request came with. Without a trailing slash.
 */
@ConfigMapping(prefix = "sagsspor.public-base-url")
public interface PublicBaseUrls {

    @WithDefault("http://localhost:8080")
    String ingest();

    @WithDefault("http://localhost:8081")
    String meetings();

    @WithDefault("http://localhost:8082")
    String cases();

    /** Which of the three the running service is: {@code ingest}, {@code meetings} or {@code cases}. */
    @WithDefault("none")
    String self();
}
