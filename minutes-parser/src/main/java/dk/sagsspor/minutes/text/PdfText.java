package dk.sagsspor.minutes.text;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Extracts the text of a PDF with Apache PDFBox.
 *
 * <p>Paragraph gaps become blank lines, because the minutes grammar relies on blank lines the way the
 * municipality's own text exports have them.
 */
public final class PdfText {

    private static final byte[] MAGIC = {'%', 'P', 'D', 'F', '-'};

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

    /** @throws IOException when the bytes are not a readable PDF (damaged, encrypted with a password, ...) */
    public static String extract(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setLineSeparator("\n");
            stripper.setParagraphStart("");
            stripper.setParagraphEnd("\n");
            // A blank line between paragraphs leaves a gap of about two line heights; the default threshold
            // (2.5) would not see it as a paragraph break.
            stripper.setDropThreshold(1.6f);
            stripper.setPageEnd("\n");
            return TextDecoder.normaliseLineEnds(stripper.getText(document));
        }
    }
}
