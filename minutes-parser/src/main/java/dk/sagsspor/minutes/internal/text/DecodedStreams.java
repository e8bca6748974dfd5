package dk.sagsspor.minutes.internal.text;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.filter.Filter;
import org.apache.pdfbox.filter.FilterFactory;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Measures what a PDF's compressed streams unfold into, before any of it is read as text. Compression makes a zip bomb
 * possible: a 20 MB upload can hold page content that inflates to 20 GB, which text extraction would walk through for
 * minutes. Counting the inflated bytes of every stream text extraction may read (page content, forms, fonts, character
 * maps) stops such a document after the limit's worth of inflating, in a fraction of a second. Images are skipped:
 * text extraction never decodes them, and decoding them here would cost what the limit is there to prevent.
 */
final class DecodedStreams {

    private static final Set<COSName> IMAGE_FILTERS = Set.of(COSName.DCT_DECODE, COSName.DCT_DECODE_ABBREVIATION,
            COSName.JPX_DECODE, COSName.JBIG2_DECODE, COSName.CCITTFAX_DECODE, COSName.CCITTFAX_DECODE_ABBREVIATION);
    private static final long MB = 1024L * 1024;

    private DecodedStreams() {
    }

    /** @throws PdfRejectedException when the streams inflate to more than {@code maxBytes} together */
    static void checkWithin(PDDocument document, long maxBytes) throws IOException {
        long total = 0;
        try {
            for (COSObjectKey key : document.getDocument().getXrefTable().keySet()) {
                COSObject object = document.getDocument().getObjectFromPool(key);
                COSBase base = object == null ? null : object.getObject();
                if (base instanceof COSStream stream && !isImage(stream)) {
                    total += decodedSize(stream, maxBytes - total);
                }
            }
        } catch (OverLimit overLimit) {
            String limit = maxBytes >= MB ? String.format(Locale.ROOT, "%,d MB", maxBytes / MB)
                    : String.format(Locale.ROOT, "%,d bytes", maxBytes);
            throw new PdfRejectedException("The PDF's compressed streams unfold into more than " + limit
                    + "; at most that much is read.");
        }
    }

    /**
     * Runs the stream's filters into a counter instead of PDFBox's {@code createInputStream}, which inflates the whole
     * stream into memory first. Only a stage another filter reads is kept, and no stage may outgrow what is left.
     */
    private static long decodedSize(COSStream stream, long remaining) throws IOException {
        List<COSName> filters = filterNames(stream);
        if (filters.isEmpty()) {
            return Bounded.check(stream.getLength(), remaining);
        }
        try {
            InputStream in = stream.createRawInputStream();
            for (int i = 0; ; i++) {
                Filter filter = FilterFactory.INSTANCE.getFilter(filters.get(i));
                boolean last = i == filters.size() - 1;
                Bounded out = new Bounded(remaining, !last);
                try (InputStream stage = in) {
                    filter.decode(stage, out, stream, i);
                }
                if (last) {
                    return out.count;
                }
                in = new ByteArrayInputStream(out.kept.toByteArray());
            }
        } catch (OverLimit overLimit) {
            throw overLimit;
        } catch (IOException | RuntimeException unreadable) {
            return 0; // damaged or an unknown filter: text extraction meets it too and copes or rejects
        }
    }

    private static List<COSName> filterNames(COSStream stream) {
        COSBase filters = stream.getFilters();
        if (filters instanceof COSName name) {
            return List.of(name);
        }
        List<COSName> names = new ArrayList<>();
        if (filters instanceof COSArray array) {
            for (COSBase each : array) {
                if (each instanceof COSName name) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    /** Counts what a filter writes and refuses to go past the limit; keeps it only for a following filter. */
    private static final class Bounded extends OutputStream {

        private final long limit;
        private final ByteArrayOutputStream kept;
        private long count;

        Bounded(long limit, boolean keep) {
            this.limit = limit;
            this.kept = keep ? new ByteArrayOutputStream() : null;
        }

        static long check(long bytes, long limit) throws OverLimit {
            if (bytes > limit) {
                throw new OverLimit();
            }
            return bytes;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            count = check(count + length, limit);
            if (kept != null) {
                kept.write(bytes, offset, length);
            }
        }
    }

    private static boolean isImage(COSStream stream) {
        return COSName.IMAGE.equals(stream.getCOSName(COSName.SUBTYPE))
                || filterNames(stream).stream().anyMatch(IMAGE_FILTERS::contains);
    }

    /** Thrown by the counter through PDFBox's filter code, which passes an {@code IOException} on untouched. */
    private static final class OverLimit extends IOException {
        OverLimit() {
            super("past the limit of decoded bytes");
        }
    }
}
