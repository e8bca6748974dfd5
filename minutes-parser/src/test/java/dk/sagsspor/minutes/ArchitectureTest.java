package dk.sagsspor.minutes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The parser's shape, read from the sources of the whole project: its API is the package {@code dk.sagsspor.minutes}
 * and nothing under {@code dk.sagsspor.minutes.internal} is used elsewhere; its packages form layers, none of them
 * depending on another that depends back on it.
 */
class ArchitectureTest {

    private static final String API = "dk.sagsspor.minutes";
    private static final String INTERNAL = API + ".internal";
    /** A use of one of the parser's types, imported or written out: its package, then the type's capitalised name. */
    private static final Pattern PARSER_TYPE = Pattern.compile("\\b(dk\\.sagsspor\\.minutes(?:\\.[a-z]\\w*)*)\\.[A-Z]");
    private static final Pattern PACKAGE = Pattern.compile("^package ([\\w.]+);", Pattern.MULTILINE);

    /** Tests run in the module's directory; the project is the directory above. */
    private static final Path MODULE = Path.of("").toAbsolutePath();
    private static final Path PROJECT = MODULE.getParent();

    @Test
    void noOtherModuleUsesTheParsersInternals() {
        List<Path> elsewhere = javaSources(PROJECT).stream().filter(file -> !file.startsWith(MODULE)).toList();
        assertTrue(elsewhere.stream().anyMatch(file -> PARSER_TYPE.matcher(read(file)).find()),
                () -> "found no use of the parser outside " + MODULE + ": is " + PROJECT + " the project?");

        List<String> usingInternals = elsewhere.stream()
                .filter(file -> read(file).contains(INTERNAL))
                .map(file -> PROJECT.relativize(file).toString())
                .toList();
        assertEquals(List.of(), usingInternals, "only " + API + " is the parser's API, not " + INTERNAL + ".*");
    }

    @Test
    void noTwoPackagesOfTheParserDependOnEachOther() {
        Map<String, Set<String>> uses = packageDependencies(javaSources(MODULE.resolve("src/main/java")));
        assertTrue(uses.getOrDefault(API, Set.of()).contains(INTERNAL + ".text"),
                () -> "the scan missed the API's use of the text package: " + uses);

        List<String> cycles = new ArrayList<>();
        for (String from : uses.keySet()) {
            for (String to : reachable(from, uses)) {
                if (from.compareTo(to) < 0 && reachable(to, uses).contains(from)) {
                    cycles.add(from + " <-> " + to);
                }
            }
        }
        assertEquals(List.of(), cycles, "packages that depend on each other, directly or not; dependencies: " + uses);
    }

    /** For each package of the given sources, the other parser packages its classes use. */
    private static Map<String, Set<String>> packageDependencies(List<Path> sources) {
        Map<String, Set<String>> uses = new TreeMap<>();
        for (Path file : sources) {
            String text = read(file);
            Matcher declared = PACKAGE.matcher(text);
            assertTrue(declared.find(), () -> file + " declares no package");
            String from = declared.group(1);
            Set<String> used = uses.computeIfAbsent(from, p -> new TreeSet<>());
            Matcher type = PARSER_TYPE.matcher(text.substring(declared.end()));
            while (type.find()) {
                if (!type.group(1).equals(from)) {
                    used.add(type.group(1));
                }
            }
        }
        return uses;
    }

    private static Set<String> reachable(String from, Map<String, Set<String>> uses) {
        Set<String> seen = new HashSet<>();
        Deque<String> next = new ArrayDeque<>(uses.getOrDefault(from, Set.of()));
        while (!next.isEmpty()) {
            String p = next.pop();
            if (seen.add(p)) {
                next.addAll(uses.getOrDefault(p, Set.of()));
            }
        }
        return seen;
    }

    /** The Java sources below a directory, leaving out build output and hidden directories. */
    private static List<Path> javaSources(Path dir) {
        List<Path> sources = new ArrayList<>();
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attributes) {
                    String name = d.getFileName() == null ? "" : d.getFileName().toString();
                    boolean skip = !d.equals(dir) && (name.equals("target") || name.startsWith("."));
                    return skip ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (file.toString().endsWith(".java")) {
                        sources.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertFalse(sources.isEmpty(), () -> "no Java sources below " + dir);
        return sources;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
