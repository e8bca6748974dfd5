package dk.sagsspor.minutes.internal.text;

/**
 * What reading one PDF may take; the API's {@code ParseLimits} for PDFs, which this package cannot see.
 *
 * @param maxPages           pages the PDF may have
 * @param maxMainMemoryBytes memory PDFBox may use for the document's streams
 * @param maxTempFileBytes   temporary-file space PDFBox may use besides (0: none)
 * @param maxTextChars       characters of text the PDF may hold
 * @param maxDecodedBytes    bytes the PDF's compressed streams (other than images) may unfold into
 */
public record PdfBudget(int maxPages, long maxMainMemoryBytes, long maxTempFileBytes, int maxTextChars,
                        long maxDecodedBytes) {
}
