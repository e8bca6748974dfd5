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

    private final String heading;

    SectionKind(String heading) {
        this.heading = heading;
    }

    public String heading() {
        return heading;
    }

    /** The kind whose heading the whole line is (case-insensitive, an optional trailing colon allowed). */
    public static Optional<SectionKind> ofHeading(String line) {
        String text = line.strip();
        if (text.endsWith(":")) {
            text = text.substring(0, text.length() - 1).stripTrailing();
        }
        if (text.length() > 30) {
            return Optional.empty();
        }
        String lower = text.toLowerCase(Locale.ROOT);
        for (SectionKind kind : values()) {
            if (kind.heading.toLowerCase(Locale.ROOT).equals(lower)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
