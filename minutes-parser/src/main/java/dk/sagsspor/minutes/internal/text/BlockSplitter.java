package dk.sagsspor.minutes.internal.text;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Groups lines into blocks. A blank line ends a block; beyond that, the role of each line decides, so that text
 * from PDFs, which often has no blank lines at all, is still split where the document's structure is.
 */
public final class BlockSplitter {

    private final Function<String, LineRole> roleOf;

    public BlockSplitter(Function<String, LineRole> roleOf) {
        this.roleOf = roleOf;
    }

    /** Blocks that are just paragraphs: only blank lines separate them. */
    public static BlockSplitter byBlankLines() {
        return new BlockSplitter(line -> LineRole.CONTINUES);
    }

    public List<Block> split(List<SourceLine> lines) {
        List<Block> blocks = new ArrayList<>();
        List<SourceLine> current = new ArrayList<>();
        for (SourceLine line : lines) {
            if (line.isBlank()) {
                flush(current, blocks);
                continue;
            }
            switch (roleOf.apply(line.text().trim())) {
                case STANDS_ALONE -> {
                    flush(current, blocks);
                    blocks.add(new Block(List.of(line)));
                }
                case STARTS_BLOCK -> {
                    flush(current, blocks);
                    current.add(line);
                }
                case CONTINUES -> current.add(line);
            }
        }
        flush(current, blocks);
        return blocks;
    }

    private static void flush(List<SourceLine> current, List<Block> blocks) {
        if (!current.isEmpty()) {
            blocks.add(new Block(current));
            current.clear();
        }
    }
}
