package dk.sagsspor.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;

/**
 * What a browser is told by a service's answer (issue 12), checked the same way for every service: a page from an
 * allowed origin may read it and the headers a client reads (paging) are exposed to it; a page from another origin
 * gets no CORS answer; every answer says {@code X-Content-Type-Options: nosniff}. Throws {@link AssertionError}.
 */
public final class BrowserAccess {

    /** The origin the services allow in tests and locally (the web page's). */
    public static final String ALLOWED_ORIGIN = "http://localhost:8083";
    private static final String FOREIGN_ORIGIN = "https://evil.example";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private BrowserAccess() {
    }

    /**
     * @param url            a GET the browser would make
     * @param exposedHeaders headers the answer's Access-Control-Expose-Headers must name
     */
    public static void assertAllowedOnlyFromTheAllowedOrigin(URI url, List<String> exposedHeaders) {
        HttpResponse<Void> allowed = get(url, ALLOWED_ORIGIN);
        expect(allowed, "Access-Control-Allow-Origin", Optional.of(ALLOWED_ORIGIN));
        String exposed = allowed.headers().firstValue("Access-Control-Expose-Headers").orElse("");
        for (String header : exposedHeaders) {
            if (!exposed.toLowerCase().contains(header.toLowerCase())) {
                throw new AssertionError(url + " does not expose " + header + " to a page: " + exposed);
            }
        }
        expect(allowed, "X-Content-Type-Options", Optional.of("nosniff"));
        HttpResponse<Void> foreign = get(url, FOREIGN_ORIGIN);
        expect(foreign, "Access-Control-Allow-Origin", Optional.empty());
        expect(foreign, "X-Content-Type-Options", Optional.of("nosniff"));
    }

    private static void expect(HttpResponse<Void> answer, String header, Optional<String> value) {
        Optional<String> actual = answer.headers().firstValue(header);
        if (!actual.equals(value)) {
            throw new AssertionError(answer.request().method() + " " + answer.uri() + " from "
                    + answer.request().headers().firstValue("Origin").orElse("no origin") + ": " + header + " is "
                    + actual.orElse("absent") + ", expected " + value.orElse("absent"));
        }
    }

    private static HttpResponse<Void> get(URI url, String origin) {
        try {
            return HTTP.send(HttpRequest.newBuilder(url).header("Origin", origin).GET().build(),
                    HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            throw new AssertionError("GET " + url + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
