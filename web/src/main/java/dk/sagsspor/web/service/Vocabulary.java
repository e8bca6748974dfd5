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
 * The Danish words for the API's codes (outcomes, statuses), as the API gives them at {@code GET /vocabulary}, in
 * groups ({@code outcomes}, {@code caseStatuses}, ...); read again every few minutes. A code the vocabulary does not
 * know (or a vocabulary that cannot be read) is shown as it is.
 */
@ApplicationScoped
public class Vocabulary {

    private static final Duration FRESH = Duration.ofMinutes(5);

    @Inject
    Api api;

    @Inject
    ServiceUrls urls;

    private volatile Map<String, Map<String, String>> danish = Map.of();
    private volatile Instant readAt = Instant.EPOCH;

    public Label outcome(String code) {
        return label("outcomes", code);
    }

    public Label caseStatus(String code) {
        return label("caseStatuses", code);
    }

    public Label meetingStatus(String code) {
        return label("meetingStatuses", code);
    }

    /** The code with the Danish words of its group ("REJECTED" is one thing as an outcome, another as a status). */
    private Label label(String group, String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        return new Label(code, words().getOrDefault(group, Map.of()).getOrDefault(code, code));
    }

    private Map<String, Map<String, String>> words() {
        if (readAt.plus(FRESH).isBefore(Instant.now())) {
            Map<String, Map<String, String>> read = new HashMap<>();
            try {
                api.json(urls.cases() + "/vocabulary").ifPresent(vocabulary -> vocabulary.fields().forEachRemaining(
                        group -> read.put(group.getKey(), terms(group.getValue()))));
            } catch (ServiceUnavailableException unreadable) {
                return danish; // try again on the next page
            }
            danish = Map.copyOf(read);
            readAt = Instant.now();
        }
        return danish;
    }

    /** A group's terms, {@code [{"code": "APPROVED", "da": "Godkendt", "en": "Approved"}, ...]}, as code to Danish. */
    private static Map<String, String> terms(JsonNode group) {
        Map<String, String> terms = new HashMap<>();
        group.forEach(term -> {
            if (term.hasNonNull("code") && term.path("da").isTextual()) {
                terms.put(term.get("code").asText(), term.get("da").asText());
            }
        });
        return Map.copyOf(terms);
    }
}
