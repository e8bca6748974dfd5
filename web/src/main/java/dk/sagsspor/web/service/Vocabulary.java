package dk.sagsspor.web.service;

import com.fasterxml.jackson.databind.JsonNode;
import dk.sagsspor.web.domain.Label;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * The Danish words for the API's codes (outcomes, statuses), as the API gives them at {@code GET /vocabulary}; read
 * again every few minutes. A code the vocabulary does not know (or a vocabulary that cannot be read) is shown as it is.
 */
@ApplicationScoped
public class Vocabulary {

    private static final Duration FRESH = Duration.ofMinutes(5);

    @Inject
    Api api;

    @Inject
    ServiceUrls urls;

    private volatile Map<String, String> danish = Map.of();
    private volatile Instant readAt = Instant.EPOCH;

    public Label label(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        return new Label(code, words().getOrDefault(code, code));
    }

    private Map<String, String> words() {
        if (readAt.plus(FRESH).isBefore(Instant.now())) {
            Map<String, String> read = new HashMap<>();
            try {
                api.json(urls.cases() + "/vocabulary").ifPresent(vocabulary -> collect(vocabulary, read));
            } catch (ServiceUnavailableException unreadable) {
                return danish; // try again on the next page
            }
            danish = Map.copyOf(read);
            readAt = Instant.now();
        }
        return danish;
    }

    /** Every object with a {@code code} and a Danish label, wherever the vocabulary's groups put it. */
    private static void collect(JsonNode node, Map<String, String> into) {
        if (node.isObject() && node.hasNonNull("code")) {
            JsonNode words = node.path("labels").path("da");
            if (words.isMissingNode()) {
                words = node.path("da");
            }
            if (words.isTextual()) {
                into.put(node.get("code").asText(), words.asText());
            }
        }
        node.forEach(child -> collect(child, into));
    }
}
