package dk.sagsspor.minutes.internal.classify;

import java.util.Locale;
import java.util.Optional;

/** The headings that structure an agenda item. */
public enum SectionKind {
    BESLUTNING("Beslutning"),
    SAGSFREMSTILLING("Sagsfremstilling"),
    RESUME("Resume og sagens baggrund"),
    INDSTILLINGER("Indstillinger"),
    BEHANDLING("Behandling"),
    OEKONOMISKE_KONSEKVENSER("Økonomiske konsekvenser"),
    SAGENS_FORLOEB("Sagens forløb"),
    BILAG("Bilag");

    /** {@link #values()} copies its array on every call, and every line of a document is looked up here. */
    private static final SectionKind[] KINDS = values();
    /** No heading is longer (the longest has 25 characters): most lines are turned away before they are lower-cased. */
    private static final int MAX_HEADING = 30;

    private final String heading;
    private final String lowerCaseHeading;

    SectionKind(String heading) {
        this.heading = heading;
        this.lowerCaseHeading = heading.toLowerCase(Locale.ROOT);
    }

    public String heading() {
        return heading;
    }

    /**
     * Whether a heading can start with this character, the first of a line that is already trimmed: an ASCII letter
     * lower-cases alone, so it must be a heading's first letter; anything else is left to {@link #ofHeading}.
     */
    static boolean canStartWith(char first) {
        if (first >= 128) {
            return true;
        }
        char lower = Character.toLowerCase(first);
        for (SectionKind kind : KINDS) {
            if (kind.lowerCaseHeading.charAt(0) == lower) {
                return true;
            }
        }
        return false;
    }

    /** The kind whose heading the whole line is (case-insensitive, an optional trailing colon allowed). */
    public static Optional<SectionKind> ofHeading(String line) {
        String text = line.strip();
        if (text.endsWith(":")) {
            text = text.substring(0, text.length() - 1).stripTrailing();
        }
        if (text.length() > MAX_HEADING) {
            return Optional.empty();
        }
        String lower = text.toLowerCase(Locale.ROOT);
        for (SectionKind kind : KINDS) {
            if (kind.lowerCaseHeading.equals(lower)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
