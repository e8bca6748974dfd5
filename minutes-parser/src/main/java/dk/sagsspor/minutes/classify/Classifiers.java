package dk.sagsspor.minutes.classify;

import dk.sagsspor.minutes.text.Block;
import dk.sagsspor.minutes.text.BlockSplitter;
import dk.sagsspor.minutes.text.LineRole;
import dk.sagsspor.minutes.text.SourceLine;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The classifiers of an agenda-style minutes document, in the order they are tried; plain text is the fallback. */
public final class Classifiers {

    private final List<BlockClassifier> classifiers = List.of(
            new ItemHeadingClassifier(),
            new SectionHeadingClassifier(),
            new CaseNumberClassifier(),
            new HistoryStepClassifier(),
            new AbsenceClassifier(),
            new MeetingHeaderClassifier(),
            new MeetingDateClassifier(),
            new LocationClassifier(),
            new AttendeesClassifier(),
            new TableOfContentsClassifier());

    private final BlockSplitter splitter = new BlockSplitter(this::roleOf);

    /** Groups the lines into blocks and classifies each. */
    public List<Token> tokenize(List<SourceLine> lines) {
        List<Token> tokens = new ArrayList<>();
        for (Block block : splitter.split(lines)) {
            tokens.add(classify(block));
        }
        return tokens;
    }

    Token classify(Block block) {
        for (BlockClassifier classifier : classifiers) {
            Optional<Token> token = classifier.classify(block);
            if (token.isPresent()) {
                return token.get();
            }
        }
        return new Token.Text(block);
    }

    private LineRole roleOf(String line) {
        for (BlockClassifier classifier : classifiers) {
            LineRole role = classifier.roleOf(line);
            if (role != LineRole.CONTINUES) {
                return role;
            }
        }
        return LineRole.CONTINUES;
    }
}
