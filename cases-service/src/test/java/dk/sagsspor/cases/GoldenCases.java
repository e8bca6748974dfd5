package dk.sagsspor.cases;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
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
     * from the order and time the documents arrived, so they are not compared.
     */
    public static void assertMatches(String caseNumber, JsonNode actual, String context) {
        List<String> differences = GoldenFiles.differences(load(caseNumber), actual,
                Set.of("documentId", "revision", "modifiedAt"));
        if (!differences.isEmpty()) {
            fail(context + ": " + differences.size() + " difference(s) from golden/cases/" + caseNumber + ".json:\n  "
                    + String.join("\n  ", differences));
        }
    }
}
