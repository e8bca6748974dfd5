package dk.sagsspor.minutes;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Writes text into a PDF the way a municipality's document system does: A4 pages, lines wrapped at the right
 * margin, a blank line as vertical space, a page number at the foot of each page. Or protects one by a password.
 */
public final class TestPdfs {

    private static final float FONT_SIZE = 10f;
    private static final float LEADING = 13f;
    private static final float MARGIN = 56f;

    private TestPdfs() {
    }

    public static byte[] write(String text) {
        PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            List<String> lines = new ArrayList<>();
            for (String line : text.replace("\t", "    ").split("\n", -1)) {
                lines.addAll(wrap(line, font, width));
            }
            writePages(document, font, lines);
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The PDF encrypted so that it opens only with the given password, as a protected document arrives. */
    public static byte[] protectedByPassword(byte[] pdf, String password) {
        try (PDDocument document = Loader.loadPDF(pdf); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy(password + "-owner", password,
                    new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writePages(PDDocument document, PDType1Font font, List<String> lines) throws IOException {
        float top = PDRectangle.A4.getHeight() - MARGIN;
        int perPage = (int) ((top - MARGIN - 2 * LEADING) / LEADING);
        for (int first = 0, page = 1; first < lines.size(); first += perPage, page++) {
            PDPage pdfPage = new PDPage(PDRectangle.A4);
            document.addPage(pdfPage);
            try (PDPageContentStream content = new PDPageContentStream(document, pdfPage)) {
                content.setFont(font, FONT_SIZE);
                float y = top;
                for (String line : lines.subList(first, Math.min(lines.size(), first + perPage))) {
                    if (!line.isBlank()) {
                        content.beginText();
                        content.newLineAtOffset(MARGIN, y);
                        content.showText(line);
                        content.endText();
                    }
                    y -= LEADING;
                }
            }
        }
    }

    private static List<String> wrap(String line, PDType1Font font, float width) throws IOException {
        List<String> wrapped = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : line.split(" ", -1)) {
            String candidate = current.length() == 0 ? word : current + " " + word;
            if (current.length() > 0 && font.getStringWidth(candidate) / 1000 * FONT_SIZE > width) {
                wrapped.add(current.toString());
                current = new StringBuilder(word);
            } else {
                current = new StringBuilder(candidate);
            }
        }
        wrapped.add(current.toString());
        return wrapped;
    }

    /**
     * A zip bomb: one page whose content stream is {@code decodedBytes} of spaces (valid, empty page content),
     * Flate-compressed to about a thousandth of that, as a hostile sender makes it.
     */
    public static byte[] zipBomb(long decodedBytes) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            COSStream contents = document.getDocument().createCOSStream();
            contents.setItem(COSName.FILTER, COSName.FLATE_DECODE);
            byte[] spaces = new byte[1024 * 1024];
            java.util.Arrays.fill(spaces, (byte) ' ');
            try (OutputStream raw = contents.createRawOutputStream();
                 DeflaterOutputStream deflated = new DeflaterOutputStream(raw, new Deflater(Deflater.BEST_SPEED), 64 * 1024)) {
                for (long written = 0; written < decodedBytes; written += spaces.length) {
                    deflated.write(spaces, 0, (int) Math.min(spaces.length, decodedBytes - written));
                }
            }
            page.getCOSObject().setItem(COSName.CONTENTS, contents);
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
