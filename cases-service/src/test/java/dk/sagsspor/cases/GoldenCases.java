package dk.sagsspor.cases;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dk.sagsspor.minutes.GoldenFiles;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Set;

/** Golden timelines, written by hand from reading the seeds (src/test/resources/golden/cases). */
public final class GoldenCases {

    public static final List<String> CASES = List.of("25-008999", "25-006083", "22-008459", "25-011011", "25-012247");
    public static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();

    private GoldenCases() {
    }

    public static JsonNode load(String caseNumber) {
        try (InputStream in = GoldenCases.class.getResourceAsStream("/golden/cases/" + caseNumber + ".json")) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /**
     * Document ids are derived from content hashes the golden files cannot know, and a case's revision and modifiedAt
     * from the order and time the documents arrived, so they are not compared. The links the API adds (issue 14)
     * are taken off first ({@link #withoutLinks}); LinkedCasesTest checks them.
     */
    public static void assertMatches(String caseNumber, JsonNode actual, String context) {
        List<String> differences = GoldenFiles.differences(load(caseNumber), withoutLinks(actual),
                Set.of("documentId", "revision", "modifiedAt"));
        if (!differences.isEmpty()) {
            fail(context + ": " + differences.size() + " difference(s) from golden/cases/" + caseNumber + ".json:\n  "
                    + String.join("\n  ", differences));
        }
    }

    /**
     * A case as the API answers it without what the API adds to the timeline case-updated carries: hrefs, a step's
     * meeting, a source's document, meeting and item links, and persons as {personId, name, href} (back to names).
     */
    public static JsonNode withoutLinks(JsonNode served) {
        JsonNode copy = served.deepCopy();
        ((ObjectNode) copy).remove(List.of("href", "deleted"));
        for (JsonNode step : copy.path("steps")) {
            ((ObjectNode) step).remove("meeting");
            ArrayNode names = JsonNodeFactory.instance.arrayNode();
            step.path("absentees").forEach(person -> names.add(person.isObject() ? person.get("name") : person));
            ((ObjectNode) step).set("absentees", names);
            step.path("sources").forEach(source -> ((ObjectNode) source).remove(List.of("document", "meeting", "item")));
        }
        return copy;
    }
}
