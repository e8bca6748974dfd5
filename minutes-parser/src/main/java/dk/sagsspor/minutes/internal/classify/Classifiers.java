package dk.sagsspor.minutes.internal.classify;

import dk.sagsspor.minutes.internal.text.Block;
import dk.sagsspor.minutes.internal.text.BlockSplitter;
import dk.sagsspor.minutes.internal.text.LineRole;
import dk.sagsspor.minutes.internal.text.SourceLine;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A grammar: classifiers in the order they are tried, plain text the fallback. */
public final class Classifiers {

    private static final int ASCII = 128;

    private final List<BlockClassifier> classifiers;
    /** For each ASCII first character, the classifiers that can start a block on it, in their order. */
    private final List<List<BlockClassifier>> byFirstChar = new ArrayList<>(ASCII);
    private final BlockSplitter splitter = new BlockSplitter(this::roleOf);

    private Classifiers(List<BlockClassifier> classifiers) {
        this.classifiers = List.copyOf(classifiers);
        for (char first = 0; first < ASCII; first++) {
            char c = first;
            byFirstChar.add(classifiers.stream().filter(classifier -> classifier.canStartWith(c)).toList());
        }
    }

    /** The blocks of minutes laid out as numbered agenda items ("Punkt N: ..."). */
    public static Classifiers agenda() {
        return new Classifiers(List.of(
                new ItemHeadingClassifier(),
                new SectionHeadingClassifier(),
                new CaseNumberClassifier(),
                new HistoryStepClassifier(),
                new AbsenceClassifier(),
                new MeetingHeaderClassifier(),
                new MeetingDateClassifier(),
                new LocationClassifier(),
                new AttendeesClassifier(),
                new TableOfContentsClassifier()));
    }

    /** The header fields above the time table of network minutes ("Dato:", "Tid og sted:", "Afbud:", ...). */
    public static Classifiers timeSlotHeader() {
        return new Classifiers(List.of(
                new NetworkMeetingClassifier(),
                new DateFieldClassifier(),
                new TimeAndPlaceClassifier(),
                new AbsenceClassifier()));
    }

    /** Groups the lines into blocks and classifies each. */
    public List<Token> tokenize(List<SourceLine> lines) {
        List<Token> tokens = new ArrayList<>();
        for (Block block : splitter.split(lines)) {
            tokens.add(classify(block));
        }
        return tokens;
    }

    Token classify(Block block) {
        for (BlockClassifier classifier : candidates(block.head())) {
            Optional<Token> token = classifier.classify(block);
            if (token.isPresent()) {
                return token.get();
            }
        }
        return new Token.Text(block);
    }

    private LineRole roleOf(String line) {
        for (BlockClassifier classifier : candidates(line)) {
            LineRole role = classifier.roleOf(line);
            if (role != LineRole.CONTINUES) {
                return role;
            }
        }
        return LineRole.CONTINUES;
    }

    /** The classifiers that can start a block on this line (trimmed); the others would only say no. */
    private List<BlockClassifier> candidates(String line) {
        return line.isEmpty() || line.charAt(0) >= ASCII ? classifiers : byFirstChar.get(line.charAt(0));
    }
}
