package dk.sagsspor.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Finds the seed documents the benchmarks read. They are never copied into the project: the directory is
 * {@code -Dsagsspor.seeds=DIR} when given, otherwise {@code ../shared/seeds} next to the repository root. The root is
 * looked for upwards from the working directory and from the location of the benchmark jar, so the benchmarks run
 * from the repository root, from {@code benchmarks/} or from anywhere with the property set.
 */
final class SeedFiles {

    static final String PROPERTY = "sagsspor.seeds";

    private SeedFiles() {
    }

    /** The seeds directory; throws with a message naming every place that was tried when there is none. */
    static Path dir() {
        String configured = System.getProperty(PROPERTY);
        if (configured != null && !configured.isBlank()) {
            Path dir = Path.of(configured).toAbsolutePath().normalize();
            if (!Files.isDirectory(dir)) {
                throw new IllegalStateException("Seed documents not found: -D" + PROPERTY + "=" + configured
                        + " resolves to " + dir + ", which is not a directory.");
            }
            return dir;
        }
        Set<Path> tried = new LinkedHashSet<>();
        for (Path start : startingPoints()) {
            for (Path p = start; p != null; p = p.getParent()) {
                if (isRepositoryRoot(p)) {
                    Path dir = p.resolve("../shared/seeds").toAbsolutePath().normalize();
                    if (Files.isDirectory(dir)) {
                        return dir;
                    }
                    tried.add(dir);
                }
            }
        }
        throw new IllegalStateException("Seed documents not found"
                + (tried.isEmpty() ? " (no Sagsspor repository root above the working directory or the jar)"
                        : " at " + tried)
                + ". Check out ../shared next to the repository, or pass -D" + PROPERTY + "=DIR.");
    }

    /** The bytes of the seed whose file name starts with {@code number + "_"}, e.g. "001". */
    static byte[] bytes(String number) {
        Path dir = dir();
        try (Stream<Path> files = Files.list(dir)) {
            Path file = files.filter(f -> f.getFileName().toString().startsWith(number + "_"))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("No seed " + number + "_* in " + dir));
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read seed " + number + " from " + dir, e);
        }
    }

    private static List<Path> startingPoints() {
        List<Path> starts = new ArrayList<>();
        starts.add(Path.of("").toAbsolutePath().normalize());
        try {
            CodeSource source = SeedFiles.class.getProtectionDomain().getCodeSource();
            if (source != null && source.getLocation() != null) {
                starts.add(Path.of(source.getLocation().toURI()).toAbsolutePath().normalize());
            }
        } catch (URISyntaxException | RuntimeException ignored) {
            // Only a second guess; the working directory and the property remain.
        }
        return starts;
    }

    /** The parent POM of this project sits at the repository root, beside the Maven wrapper. */
    private static boolean isRepositoryRoot(Path dir) {
        Path pom = dir.resolve("pom.xml");
        if (!Files.isRegularFile(pom) || !Files.isRegularFile(dir.resolve("mvnw"))) {
            return false;
        }
        try {
            return Files.readString(pom).contains("<artifactId>sagsspor-parent</artifactId>");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
