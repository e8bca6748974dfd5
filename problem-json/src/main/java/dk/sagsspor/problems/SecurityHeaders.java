package dk.sagsspor.problems;

import io.quarkus.vertx.http.runtime.filters.Filters;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

/**
 * Headers every answer of every service carries, whatever answered it (a resource, a problem, the HTTP layer's own
 * 404, /q/health): {@code X-Content-Type-Options: nosniff}, so a browser takes each body for the type it is
 * declared as and never runs a stored text as a script or a page. Set as the headers go out, so no later handler
 * can drop them.
 */
@Singleton
public class SecurityHeaders {

    static final String NOSNIFF_HEADER = "X-Content-Type-Options";
    /** Before every other filter (CORS is 300, authentication 200), so an answer they end early carries it too. */
    static final int FIRST = 10_000;

    void register(@Observes Filters filters) {
        filters.register(request -> {
            request.addHeadersEndHandler(end -> request.response().headers().set(NOSNIFF_HEADER, "nosniff"));
            request.next();
        }, FIRST);
    }
}
