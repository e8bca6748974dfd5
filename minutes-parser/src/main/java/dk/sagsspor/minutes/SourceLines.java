package dk.sagsspor.minutes;

/** A 1-based, inclusive range of lines of the decoded source text. */
public record SourceLines(int from, int to) {
    public SourceLines {
        if (from < 1 || to < from) {
            throw new IllegalArgumentException("bad line range " + from + ".." + to);
        }
    }
}
