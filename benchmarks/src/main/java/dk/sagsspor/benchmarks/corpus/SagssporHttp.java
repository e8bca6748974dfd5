package dk.sagsspor.benchmarks.corpus;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The one place the benchmark tools talk HTTP to the services. Writes carry {@code Authorization: Bearer} with the
 * token they are given (POST /documents needs one with documents:write; pipeline.sh takes it from
 * deploy/local/token.sh and passes it to CorpusTool as {@code SAGSSPOR_TOKEN}).
 */
final class SagssporHttp {

    /**
     * HTTP/1.1, as curl and most integrations send: the JDK's client otherwise asks every service to upgrade to
     * HTTP/2 (h2c) and multiplexes all threads over one connection, which costs both sides more CPU per request
     * (frames, HPACK) on the machine the tool shares with what it measures.
     */
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private SagssporHttp() {
    }

    /** Posts one minutes document; the status code and body as the service answered. */
    /** @param token a bearer token with the role documents:write, or null to send none */
    static HttpResponse<String> postDocument(String ingestUrl, byte[] document, String token)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(ingestUrl + "/documents"))
                .timeout(Duration.ofSeconds(120))
                .header("Content-Type", "text/plain; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofByteArray(document));
        if (token != null && !token.isBlank()) {
            request.header("Authorization", "Bearer " + token.strip());
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return CLIENT.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
