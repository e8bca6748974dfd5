package dk.sagsspor.minutes.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import dk.sagsspor.minutes.MinutesJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParseMinutesCommandTest {

    private static final Path SAMPLES = Path.of("../samples/minutes");
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void printsOneJsonObjectPerFileWithTheResultFields() throws IOException {
        int status = run(SAMPLES.resolve("2026-02-04-tmu.txt").toString(), SAMPLES.resolve("2026-02-18-oeu.md").toString());

        assertEquals(ParseMinutesCommand.OK, status);
        try (MappingIterator<JsonNode> objects = MinutesJson.mapper().readerFor(JsonNode.class)
                .readValues(out.toString(StandardCharsets.UTF_8))) {
            List<JsonNode> results = objects.readAll();
            assertEquals(2, results.size());
            assertEquals(List.of("kind", "reason", "body", "startsAt", "location", "attendees", "absentees", "items"),
                    iterable(results.get(0).fieldNames()));
            assertEquals("tmu", results.get(0).at("/body/id").asText());
            assertEquals("2026-02-18T16:00:00+01:00", results.get(1).get("startsAt").asText());
            assertEquals(List.of("number", "title", "timeSlot", "caseNumber", "decisionText", "outcome", "absentees",
                    "sections", "plannedRoute", "history", "attachments", "sourceLines"),
                    iterable(results.get(0).at("/items/1").fieldNames()));
        }
    }

    @Test
    void rejectedDocumentPrintsTheReasonOnStderrAndExitsTwo(@TempDir Path dir) throws IOException {
        Path notMinutes = Files.writeString(dir.resolve("strategi.txt"), "Strategi for det specialiserede område\n");

        int status = run(notMinutes.toString(), SAMPLES.resolve("2026-02-04-tmu.txt").toString());

        assertEquals(ParseMinutesCommand.REJECTED, status);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("strategi.txt: rejected: Not minutes"), err::toString);
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("\"tmu\""), "the good file is still printed");
    }

    @Test
    void missingFileIsAnErrorNotACrash() {
        assertEquals(ParseMinutesCommand.REJECTED, run("/no/such/referat.pdf"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("cannot read"));
    }

    @Test
    void withoutFilesItPrintsUsage() {
        assertEquals(ParseMinutesCommand.USAGE, run());
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("usage:"));
    }

    @Test
    void compactPrintsOneLinePerFile() {
        run("--compact", SAMPLES.resolve("2026-02-25-kb.txt").toString());
        assertEquals(1, out.toString(StandardCharsets.UTF_8).strip().lines().count());
    }

    private int run(String... args) {
        return ParseMinutesCommand.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static List<String> iterable(java.util.Iterator<String> names) {
        List<String> list = new java.util.ArrayList<>();
        names.forEachRemaining(list::add);
        return list;
    }
}
