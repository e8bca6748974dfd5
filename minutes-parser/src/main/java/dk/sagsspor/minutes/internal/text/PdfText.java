package dk.sagsspor.minutes.internal.text;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Extracts the text of a PDF with Apache PDFBox, one line per printed line.
 *
 * <p>The minutes grammar relies on blank lines between paragraphs, as in the municipality's own text exports. A PDF
 * has no blank lines, only vertical space, so a blank line is written wherever the gap between two baselines is
 * clearly larger than the document's usual line pitch. (PDFBox's own paragraph detection compares gaps with glyph
 * heights, which vary from line to line, and splits ordinary wrapped lines.)
 */
public final class PdfText {

    private static final byte[] MAGIC = {'%', 'P', 'D', 'F', '-'};
    private static final long MB = 1024L * 1024;
    /** How PDFBox says that a document needs more memory and temporary files than it was allowed. */
    private static final String SCRATCH_EXCEEDED = "Maximum allowed scratch file memory exceeded";
    /** A gap this many times the usual line pitch or more is a paragraph break. */
    private static final float PARAGRAPH_GAP = 1.5f;
    /**
     * Across a page break there is no gap to measure: a last line ending this short of the margin ends a paragraph,
     * unless it visibly continues (a comma, a hyphen, or a word that cannot end a Danish sentence).
     */
    private static final float SHORT_LINE = 0.8f;
    private static final java.util.regex.Pattern CONTINUES = java.util.regex.Pattern.compile(
            "(?:[,\\-–]|\\b(?:og|eller|i|på|af|til|for|med|om|at|en|et|de|den|det|der|som|fra|ved|samt))$");

    private PdfText() {
    }

    public static boolean looksLikePdf(byte[] bytes) {
        int limit = Math.min(bytes.length - MAGIC.length, 1024);
        outer:
        for (int start = 0; start <= limit; start++) {
            for (int i = 0; i < MAGIC.length; i++) {
                if (bytes[start + i] != MAGIC[i]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /**
     * @throws PdfRejectedException when the PDF is protected by a password or goes past the budget; the message says
     *                              which, for its sender
     * @throws IOException          when the bytes are not a readable PDF (damaged, truncated, ...)
     */
    public static String extract(byte[] pdf, PdfBudget budget) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf, "", null, null, memory(budget).streamCache)) {
            int pages = document.getNumberOfPages();
            if (pages > budget.maxPages()) {
                throw new PdfRejectedException(String.format(Locale.ROOT,
                        "The PDF has %,d pages; at most %,d are read.", pages, budget.maxPages()));
            }
            DecodedStreams.checkWithin(document, budget.maxDecodedBytes());
            LineCollector collector = new LineCollector(budget.maxTextChars());
            collector.setSortByPosition(true);
            collector.getText(document);
            return withParagraphBreaks(collector.lines);
        } catch (InvalidPasswordException protectedPdf) {
            throw new PdfRejectedException("The PDF is protected by a password, so it cannot be read. "
                    + "Send it without the password.");
        } catch (IOException unreadable) {
            if (unreadable.getMessage() != null && unreadable.getMessage().contains(SCRATCH_EXCEEDED)) {
                throw new PdfRejectedException(String.format(Locale.ROOT, "The PDF needs more than %,d MB of memory "
                        + "and temporary files to be read.", (budget.maxMainMemoryBytes() + budget.maxTempFileBytes()) / MB));
            }
            throw unreadable;
        }
    }

    /** PDFBox keeps the document's streams in memory up to a limit, then in temporary files up to another. */
    private static MemoryUsageSetting memory(PdfBudget budget) {
        return budget.maxTempFileBytes() == 0
                ? MemoryUsageSetting.setupMainMemoryOnly(budget.maxMainMemoryBytes())
                : MemoryUsageSetting.setupMixed(budget.maxMainMemoryBytes(),
                        budget.maxMainMemoryBytes() + budget.maxTempFileBytes());
    }

    private static final class PrintedLine {
        final int page;
        final float baseline;
        final StringBuilder text;
        float end;

        PrintedLine(int page, float baseline, String text, float end) {
            this.page = page;
            this.baseline = baseline;
            this.text = new StringBuilder(text);
            this.end = end;
        }
    }

    /** Receives the words PDFBox has put in reading order and groups them into printed lines. */
    private static final class LineCollector extends PDFTextStripper {

        private final List<PrintedLine> lines = new ArrayList<>();
        private final int maxChars;
        private long chars;

        LineCollector(int maxChars) {
            this.maxChars = maxChars;
        }

        @Override
        protected void writeString(String word, List<TextPosition> positions) throws PdfRejectedException {
            if (positions.isEmpty() || word.isBlank()) {
                return;
            }
            chars += word.length() + 1;
            if (chars > maxChars) { // stop at once: the rest of the text is never extracted
                throw new PdfRejectedException(String.format(Locale.ROOT,
                        "The PDF holds more than %,d characters of text; at most that many are read.", maxChars));
            }
            TextPosition first = positions.get(0);
            TextPosition lastGlyph = positions.get(positions.size() - 1);
            float baseline = first.getYDirAdj();
            float end = lastGlyph.getXDirAdj() + lastGlyph.getWidthDirAdj();
            PrintedLine last = lines.isEmpty() ? null : lines.get(lines.size() - 1);
            if (last != null && last.page == getCurrentPageNo()
                    && Math.abs(last.baseline - baseline) < Math.max(1f, first.getHeightDir() / 2)) {
                last.text.append(' ').append(word.strip());
                last.end = Math.max(last.end, end);
            } else {
                lines.add(new PrintedLine(getCurrentPageNo(), baseline, word.strip(), end));
            }
        }
    }

    private static String withParagraphBreaks(List<PrintedLine> lines) {
        float pitch = usualPitch(lines);
        float margin = (float) lines.stream().mapToDouble(l -> l.end).max().orElse(0);
        StringBuilder text = new StringBuilder();
        PrintedLine previous = null;
        for (PrintedLine line : lines) {
            if (previous != null && endsParagraph(previous, line, pitch, margin)) {
                text.append('\n');
            }
            text.append(line.text).append('\n');
            previous = line;
        }
        return text.toString();
    }

    private static boolean endsParagraph(PrintedLine previous, PrintedLine line, float pitch, float margin) {
        if (previous.page != line.page) {
            return previous.end < SHORT_LINE * margin && !CONTINUES.matcher(previous.text).find();
        }
        return line.baseline - previous.baseline > PARAGRAPH_GAP * pitch;
    }

    /** The most frequent distance between consecutive baselines on a page: the document's line pitch. */
    private static float usualPitch(List<PrintedLine> lines) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).page == lines.get(i - 1).page) {
                float gap = lines.get(i).baseline - lines.get(i - 1).baseline;
                if (gap > 0) {
                    counts.merge(Math.round(gap * 2), 1, Integer::sum); // half-point buckets
                }
            }
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue())
                .map(e -> e.getKey() / 2f).orElse(Float.MAX_VALUE);
    }
}
