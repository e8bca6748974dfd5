package dk.sagsspor.web.service;

import dk.sagsspor.web.config.WebConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The services' base URLs, for this module's calls and for the reader's browser; no trailing slash. */
@ApplicationScoped
public class ServiceUrls {

    @Inject
    WebConfig config;

    public String ingest() {
        return trim(config.api().ingest());
    }

    public String meetings() {
        return trim(config.api().meetings());
    }

    public String cases() {
        return trim(config.api().cases());
    }

    public String publicIngest() {
        return trim(config.publicUrls().ingest().orElse(config.api().ingest()));
    }

    public String publicMeetings() {
        return trim(config.publicUrls().meetings().orElse(config.api().meetings()));
    }

    public String publicCases() {
        return trim(config.publicUrls().cases().orElse(config.api().cases()));
    }

    private static String trim(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
