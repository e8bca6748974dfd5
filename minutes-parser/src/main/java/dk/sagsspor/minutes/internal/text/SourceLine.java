package dk.sagsspor.minutes.internal.text;

/** One line of the decoded, normalised source text, with its 1-based line number. */
public record SourceLine(int number, String text) {

    public boolean isBlank() {
        return text.isBlank();
    }
}
