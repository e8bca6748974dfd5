package dk.sagsspor.minutes;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The five source documents, read from {@code ../shared/seeds} (or {@code -Dsagsspor.seeds=DIR}); the project never
 * holds copies of them. Missing seeds fail the test: a golden test that silently skips proves nothing.
 */
public final class Seeds {

    private Seeds() {
    }

    public static Path dir() {
        Path dir = Path.of(System.getProperty("sagsspor.seeds", "../../shared/seeds")).toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            fail("Seed documents not found at " + dir + ": check out ../shared next to the project, "
                    + "or pass -Dsagsspor.seeds=DIR");
        }
        return dir;
    }

    /** The seed whose file name starts with the given number, e.g. "001". */
    public static Path file(String number) {
        try (Stream<Path> files = Files.list(dir())) {
            return files.filter(f -> f.getFileName().toString().startsWith(number + "_")).findFirst()
                    .orElseThrow(() -> new AssertionError("no seed " + number + "_* in " + dir()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] bytes(String number) {
        try {
            return Files.readAllBytes(file(number));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String text(String number) {
        return new String(bytes(number), java.nio.charset.StandardCharsets.UTF_8);
    }
}
