package dk.sagsspor.web.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.sagsspor.web.config.WebConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;

/**
 * Reads the services' public REST APIs, as any other client would: plain HTTP GETs of JSON. The answers are read as
 * JSON trees, not bound to copies of the services' classes, so that a field the services add changes nothing here.
 */
@ApplicationScoped
public class Api {

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();

    @Inject
    WebConfig config;

    @Inject
    ObjectMapper json;

    /** The JSON at {@code url}; empty for 404 and 410 (not there, or withdrawn). */
    public Optional<JsonNode> json(String url) {
        Answer answer = get(url, "application/json");
        if (answer.status() == 404 || answer.status() == 410) {
            return Optional.empty();
        }
        if (answer.status() != 200) {
            throw new ServiceUnavailableException(url + " answered " + answer.status());
        }
        try {
            return Optional.of(json.readTree(answer.body()));
        } catch (IOException e) {
            throw new ServiceUnavailableException(url + " answered with JSON that does not parse: " + e.getMessage());
        }
    }

    /** Any answer, with its status; a service that cannot be reached is status 0. */
    public Answer get(String url, String accept) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(config.timeout())
                .header("Accept", accept).GET().build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body());
        } catch (IOException e) {
            return new Answer(0, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(0, "interrupted");
        }
    }

    public record Answer(int status, String body) {
    }
}
