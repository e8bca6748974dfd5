package dk.sagsspor.cases;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Listens to a Server-Sent Events stream as an operator's browser (EventSource) would: keeps every event with its
 * id and name, counts comment lines, and can resume with the {@code Last-Event-ID} of an earlier connection.
 */
public final class SseClient implements AutoCloseable {

    /** One event: its {@code id:}, {@code event:} and {@code data:} lines. */
    public record Event(String id, String name, String data) {
    }

    private final List<Event> events = new CopyOnWriteArrayList<>();
    private final AtomicInteger comments = new AtomicInteger();
    private final CompletableFuture<HttpResponse<Void>> response;
    private volatile Throwable failure;
    private volatile Flow.Subscription subscription;
    private String id;
    private String name;
    private final StringBuilder data = new StringBuilder();

    public SseClient(URI uri) {
        this(uri, null);
    }

    public SseClient(URI uri, String lastEventId) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("Accept", "text/event-stream");
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        // HTTP/1.1, as a browser's EventSource speaks to a plain-http service.
        response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .sendAsync(request.build(), HttpResponse.BodyHandlers.fromLineSubscriber(new Flow.Subscriber<String>() {
                    @Override
                    public void onSubscribe(Flow.Subscription s) {
                        subscription = s;
                        s.request(Long.MAX_VALUE);
                    }

                    @Override
                    public void onNext(String line) {
                        read(line);
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

    private synchronized void read(String line) {
        if (line.isEmpty()) {
            if (data.length() > 0) {
                events.add(new Event(id, name, data.toString()));
            }
            id = null;
            name = null;
            data.setLength(0);
        } else if (line.startsWith(":")) {
            comments.incrementAndGet();
        } else if (line.startsWith("id:")) {
            id = line.substring(3).strip();
        } else if (line.startsWith("event:")) {
            name = line.substring(6).strip();
        } else if (line.startsWith("data:")) {
            data.append(data.length() > 0 ? "\n" : "").append(line.substring(5).strip());
        }
    }

    public boolean received(String text) {
        return events().stream().anyMatch(e -> e.data().contains(text));
    }

    public List<Event> events() {
        if (failure != null) {
            throw new AssertionError("the event stream failed", failure);
        }
        return List.copyOf(events);
    }

    public int comments() {
        return comments.get();
    }

    @Override
    public void close() {
        if (subscription != null) {
            subscription.cancel();
        }
        response.cancel(true);
    }
}
