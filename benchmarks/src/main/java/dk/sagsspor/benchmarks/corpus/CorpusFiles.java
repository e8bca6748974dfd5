package dk.sagsspor.benchmarks.corpus;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** A corpus on disk: one UTF-8 text file per minutes document, and {@value #EXPECTED} beside them. */
public final class CorpusFiles {

    public static final String EXPECTED = "expected-timelines.json";

    static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private CorpusFiles() {
    }

    public static void write(CorpusGenerator.Corpus corpus, Path dir) throws IOException {
        Files.createDirectories(dir);
        for (GeneratedMinutes minutes : corpus.documents()) {
            Files.write(dir.resolve(minutes.fileName()), minutes.bytes());
        }
        JSON.writerWithDefaultPrettyPrinter().writeValue(dir.resolve(EXPECTED).toFile(), corpus.timelines());
    }

    public static List<ExpectedTimeline> expected(Path dir) throws IOException {
        return JSON.readValue(dir.resolve(EXPECTED).toFile(), new TypeReference<List<ExpectedTimeline>>() { });
    }

    /** The documents, in meeting order (their names begin with the date). */
    public static List<Path> documents(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
    }
}
