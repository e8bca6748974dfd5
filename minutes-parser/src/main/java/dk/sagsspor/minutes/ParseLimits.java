package dk.sagsspor.minutes;

import dk.sagsspor.minutes.internal.text.PdfBudget;

/**
 * How much of a machine one document may take. A document past a limit is rejected with a reason naming the limit;
 * nothing is cut off silently. Text and Markdown need no limits of their own: they cost time in proportion to their
 * length (every pattern of the grammar runs in linear time), and the caller limits the length it accepts. A PDF is
 * different: a few compressed bytes can unfold into many pages and much text.
 *
 * @param maxPdfPages           pages a PDF may have
 * @param maxPdfMainMemoryBytes memory PDFBox may use for the document's streams before it turns to temporary files
 * @param maxPdfTempFileBytes   temporary-file space PDFBox may use besides
 * @param maxPdfTextChars       characters of text a PDF may hold; extraction stops as soon as it holds more
 * @param maxPdfDecodedBytes    bytes a PDF's compressed streams (other than images) may unfold into together: a zip
 *                              bomb stops after this much inflating, before any text is read
 */
public record ParseLimits(int maxPdfPages, long maxPdfMainMemoryBytes, long maxPdfTempFileBytes, int maxPdfTextChars,
                          long maxPdfDecodedBytes) {

    private static final long MB = 1024L * 1024;

    /** Far above real minutes (the longest seed has a few dozen pages), far below what hurts a service. */
    public static final ParseLimits DEFAULTS = new ParseLimits(2_000, 64 * MB, 512 * MB, 20_000_000, 100 * MB);

    public ParseLimits {
        if (maxPdfPages < 1 || maxPdfMainMemoryBytes < 1 || maxPdfTempFileBytes < 0 || maxPdfTextChars < 1
                || maxPdfDecodedBytes < 1) {
            throw new IllegalArgumentException("limits must be positive (temporary files may be 0): " + maxPdfPages
                    + ", " + maxPdfMainMemoryBytes + ", " + maxPdfTempFileBytes + ", " + maxPdfTextChars + ", "
                    + maxPdfDecodedBytes);
        }
    }

    PdfBudget pdfBudget() {
        return new PdfBudget(maxPdfPages, maxPdfMainMemoryBytes, maxPdfTempFileBytes, maxPdfTextChars,
                maxPdfDecodedBytes);
    }
}
