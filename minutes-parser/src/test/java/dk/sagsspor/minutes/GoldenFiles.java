package dk.sagsspor.minutes;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compares a parse result with a golden file written by hand from reading the document.
 *
 * <p>The golden file has the shape of the parser's JSON. Long section texts are not copied into it (the project
 * keeps no copies of the documents): a section is given as {@code {"startsWith": ..., "endsWith": ...}}, compared
 * with the parsed text after whitespace runs are collapsed to one space. Every other value must be equal.
 */
public final class GoldenFiles {

    private GoldenFiles() {
    }

    public static JsonNode load(String number) {
        try (InputStream in = GoldenFiles.class.getResourceAsStream("/golden/" + number + ".json")) {
            if (in == null) {
                throw new AssertionError("no golden file golden/" + number + ".json");
            }
            return MinutesJson.mapper().readTree(in);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** Fails with every difference listed, so one run shows all that is wrong. */
    public static void assertMatches(String number, ParseResult actual, boolean compareSourceLines) {
        assertMatches(number, (JsonNode) MinutesJson.mapper().valueToTree(actual), compareSourceLines);
    }

    /** The same, for JSON as the command line prints it. */
    public static void assertMatches(String number, JsonNode actual, boolean compareSourceLines) {
        List<String> differences = differences(load(number), actual, compareSourceLines ? Set.of() : Set.of("sourceLines"));
        if (!differences.isEmpty()) {
            fail(differences.size() + " difference(s) from golden/" + number + ".json:\n  " + String.join("\n  ", differences));
        }
    }

    /**
     * Every difference between a golden tree and an actual one. Fields named in {@code ignored} are skipped on both
     * sides (values the golden file cannot know, such as generated ids, or line numbers of a converted document).
     */
    public static List<String> differences(JsonNode expected, JsonNode actual, Set<String> ignored) {
        List<String> differences = new ArrayList<>();
        compare("$", expected, actual, ignored, differences);
        return differences;
    }

    static void compare(String path, JsonNode expected, JsonNode actual, Set<String> ignored, List<String> out) {
        if (ignored.contains(path.substring(path.lastIndexOf('.') + 1))) {
            return;
        }
        if (isSnippet(expected)) {
            compareSnippet(path, expected, actual, out);
        } else if (expected.isObject() && actual != null && actual.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                if (!actual.has(field.getKey())) {
                    out.add(path + "." + field.getKey() + ": missing");
                } else {
                    compare(path + "." + field.getKey(), field.getValue(), actual.get(field.getKey()), ignored, out);
                }
            }
            actual.fieldNames().forEachRemaining(name -> {
                if (!expected.has(name) && !ignored.contains(name)) {
                    out.add(path + "." + name + ": not in the golden file");
                }
            });
        } else if (expected.isArray() && actual != null && actual.isArray()) {
            if (expected.size() != actual.size()) {
                out.add(path + ": expected " + expected.size() + " entries, got " + actual.size() + ": " + abbreviate(actual));
            }
            for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
                compare(path + "[" + i + "]", expected.get(i), actual.get(i), ignored, out);
            }
        } else if (!expected.equals(actual)) {
            out.add(path + ": expected " + abbreviate(expected) + " but was " + abbreviate(actual));
        }
    }

    private static boolean isSnippet(JsonNode node) {
        return node.isObject() && node.size() == 2 && node.has("startsWith") && node.has("endsWith");
    }

    private static void compareSnippet(String path, JsonNode expected, JsonNode actual, List<String> out) {
        if (actual == null || !actual.isTextual()) {
            out.add(path + ": expected text starting " + expected.get("startsWith") + " but was " + abbreviate(actual));
            return;
        }
        String text = actual.asText().replaceAll("\\s+", " ").strip();
        if (!text.startsWith(expected.get("startsWith").asText())) {
            out.add(path + ": expected to start with " + expected.get("startsWith") + " but starts with \""
                    + text.substring(0, Math.min(60, text.length())) + "\"");
        }
        if (!text.endsWith(expected.get("endsWith").asText())) {
            out.add(path + ": expected to end with " + expected.get("endsWith") + " but ends with \""
                    + text.substring(Math.max(0, text.length() - 60)) + "\"");
        }
    }

    private static String abbreviate(JsonNode node) {
        String s = String.valueOf(node);
        return s.length() > 200 ? s.substring(0, 200) + "…" : s;
    }
}
