package dk.sagsspor.cases;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

/** Listens to a Server-Sent Events stream and keeps every data line, as an operator's browser would. */
public final class SseClient implements AutoCloseable {

    private final List<String> data = new CopyOnWriteArrayList<>();
    private volatile Throwable failure;
    private final CompletableFuture<HttpResponse<Void>> response;

    public SseClient(URI uri) {
        HttpRequest request = HttpRequest.newBuilder(uri).header("Accept", "text/event-stream").build();
        // HTTP/1.1, as a browser's EventSource speaks to a plain-http service.
        response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().sendAsync(request, HttpResponse.BodyHandlers.fromLineSubscriber(
                new java.util.concurrent.Flow.Subscriber<String>() {
                    @Override
                    public void onSubscribe(java.util.concurrent.Flow.Subscription s) {
                        s.request(Long.MAX_VALUE);
                    }

                    @Override
                    public void onNext(String line) {
                        if (line.startsWith("data:")) {
                            data.add(line.substring("data:".length()).strip());
                        }
                    }

                    @Override
                    public void onError(Throwable t) {
                        failure = t;
                    }

                    @Override
                    public void onComplete() {
                    }
                }));
    }

    public boolean received(String text) {
        if (failure != null) {
            throw new AssertionError("the event stream failed", failure);
        }
        return data.stream().anyMatch(d -> d.contains(text));
    }

    @Override
    public void close() {
        response.cancel(true);
    }
}
