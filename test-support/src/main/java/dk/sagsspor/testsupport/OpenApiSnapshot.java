package dk.sagsspor.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The OpenAPI document a service serves, held against the copy committed under {@code docs/api/}, so that every
 * change of an API shows in review as a change of that file. A test per service calls {@link #check}; run it with
 * {@code -Dsagsspor.openapi.update=true} to write the served document over the committed one after a deliberate
 * change (then look at the diff, add a line to docs/api/CHANGELOG.md, and commit both).
 */
public final class OpenApiSnapshot {

    public static final String UPDATE_PROPERTY = "sagsspor.openapi.update";

    private OpenApiSnapshot() {
    }

    /**
     * @param file   e.g. {@code cases.yaml}: the committed copy in {@code docs/api/} at the repository root (the
     *               module's parent directory)
     * @param served the document as the service serves it
     * @return null when they agree (or the file was just rewritten); otherwise what is wrong and how to fix it
     */
    public static String drift(String file, String served) {
        Path committed = Path.of("..", "docs", "api", file).toAbsolutePath().normalize();
        try {
            String normalised = served.replace("\r\n", "\n").stripTrailing() + "\n";
            if (Boolean.getBoolean(UPDATE_PROPERTY)) {
                Files.createDirectories(committed.getParent());
                Files.writeString(committed, normalised, StandardCharsets.UTF_8);
                return null;
            }
            if (!Files.exists(committed)) {
                return committed + " is missing: " + howToUpdate();
            }
            String expected = Files.readString(committed, StandardCharsets.UTF_8);
            return expected.equals(normalised) ? null : "The served OpenAPI document differs from " + committed
                    + ". If the API change is meant, " + howToUpdate();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String howToUpdate() {
        return "write the served document into docs/api with: ./mvnw -pl <service> verify -D" + UPDATE_PROPERTY
                + "=true -Dtest=OpenApiSnapshotTest -Dsurefire.failIfNoSpecifiedTests=false, review the diff, "
                + "record the change in docs/api/CHANGELOG.md and commit both.";
    }
}
