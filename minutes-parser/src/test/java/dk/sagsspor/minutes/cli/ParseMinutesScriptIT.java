package dk.sagsspor.minutes.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dk.sagsspor.minutes.GoldenFiles;
import dk.sagsspor.minutes.MinutesJson;
import dk.sagsspor.minutes.Seeds;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** bin/parse-minutes, run as a user runs it, gets every fact of the golden files right. */
class ParseMinutesScriptIT {

    private static final Path SCRIPT = Path.of("../bin/parse-minutes").toAbsolutePath().normalize();
    private static final List<String> SEEDS = List.of("000", "001", "002", "004");

    @Test
    void printsTheGoldenFactsOfEverySeed() throws Exception {
        List<String> args = new ArrayList<>(List.of("--compact"));
        SEEDS.forEach(seed -> args.add(Seeds.file(seed).toString()));

        Run run = run(args);

        assertEquals(0, run.status(), run.stderr());
        List<String> lines = run.stdout().lines().toList();
        assertEquals(SEEDS.size(), lines.size(), "one JSON object per file");
        for (int i = 0; i < SEEDS.size(); i++) {
            JsonNode json = MinutesJson.mapper().readTree(lines.get(i));
            GoldenFiles.assertMatches(SEEDS.get(i), json, true);
        }
    }

    @Test
    void rejectsTheStrategyWithItsReasonAndStatusTwo() throws Exception {
        Run run = run(List.of(Seeds.file("003").toString()));

        assertEquals(2, run.status());
        assertEquals("", run.stdout());
        assertTrue(run.stderr().contains("rejected: Not minutes: found no agenda items"), run.stderr());
    }

    private record Run(int status, String stdout, String stderr) {
    }

    private static Run run(List<String> args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", SCRIPT.toString()));
        command.addAll(args);
        File out = File.createTempFile("parse-minutes", ".out");
        File err = File.createTempFile("parse-minutes", ".err");
        Process process = new ProcessBuilder(command).redirectOutput(out).redirectError(err).start();
        int status = process.waitFor();
        return new Run(status, Files.readString(out.toPath(), StandardCharsets.UTF_8),
                Files.readString(err.toPath(), StandardCharsets.UTF_8));
    }
}
