package dk.sagsspor.minutes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Inputs that break naive parsers. Each must end in a clear rejection or a result. The timeout only turns a hang
 * into a failure; it is far above the real cost and is no speed goal (see docs/benchmarks.md for speed).
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class PathologicalInputTest {

    private static final int TEN_MB = 10 * 1024 * 1024;
    private static final String HEADER = TestMinutes.HEADER;

    private final MinutesParser parser = new MinutesParser();

    @Test
    void emptyDocument() {
        assertRejected(parser.parse(new byte[0]), "empty");
    }

    @Test
    void onlyWhitespace() {
        assertRejected(parser.parse(" \n\r\n\t \n".getBytes(StandardCharsets.UTF_8)), "empty");
    }

    @Test
    void oneTenMegabyteLine() {
        assertRejected(parser.parse(repeat("Punktum uden ende ", TEN_MB).getBytes(StandardCharsets.UTF_8)), "Not minutes");
    }

    @Test
    void oneTenMegabyteDecisionIsKeptWhole() {
        String decision = repeat("Godkendt ", TEN_MB).strip();
        ParseResult result = parse(HEADER + "Punkt 1: Et meget langt punkt\n\nBeslutning\n\n" + decision + "\n");

        assertEquals(DocumentKind.MINUTES, result.kind());
        assertEquals(decision, result.items().get(0).decisionText());
    }

    @Test
    void randomBytes() {
        byte[] bytes = new byte[1024 * 1024];
        new Random(20251211).nextBytes(bytes);
        assertRejected(parser.parse(bytes), "not text");
    }

    @Test
    void nulBytes() {
        assertRejected(parser.parse(new byte[64 * 1024]), "not text");
    }

    @Test
    void aHundredThousandItemHeadings() {
        StringBuilder text = new StringBuilder(HEADER);
        for (int n = 1; n <= 100_000; n++) {
            text.append("Punkt ").append(n).append(": Punkt nummer ").append(n).append('\n');
        }
        ParseResult result = parse(text.toString());

        assertEquals(DocumentKind.MINUTES, result.kind());
        assertEquals(100_000, result.items().size());
        assertEquals(100_000, result.items().get(99_999).number());
        assertEquals("Punkt nummer 100000", result.items().get(99_999).title());
    }

    @Test
    void aHundredThousandItemHeadingsWithoutHeader() {
        StringBuilder text = new StringBuilder();
        for (int n = 1; n <= 100_000; n++) {
            text.append("Punkt ").append(n).append(": x\n");
        }
        assertRejected(parse(text.toString()), "No meeting header");
    }

    @Test
    void markdownMarkersWithoutEnd() {
        String stars = repeat("*a ", 2 * 1024 * 1024) + repeat("[x", 1024 * 1024);
        assertRejected(parse(stars), "Not minutes");
    }

    @Test
    void damagedPdf() {
        byte[] pdf = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer <<>>\n%%EOF".getBytes(StandardCharsets.US_ASCII);
        assertRejected(parser.parse(pdf), "The PDF could not be read");
    }

    @Test
    void truncatedPdfOfRealMinutes() {
        byte[] pdf = TestPdfs.write(HEADER + "Punkt 1: Godkendelse\n\nBeslutning\n\nGodkendt.\n");
        assertRejected(parser.parse(Arrays.copyOf(pdf, pdf.length / 2)), "PDF");
    }

    private ParseResult parse(String text) {
        return parser.parse(text.getBytes(StandardCharsets.UTF_8));
    }

    private static void assertRejected(ParseResult result, String reasonContains) {
        assertEquals(DocumentKind.REJECTED, result.kind(), () -> "expected a rejection, got " + result.kind());
        assertTrue(result.reason().contains(reasonContains), () -> "reason was: " + result.reason());
        assertTrue(result.items().isEmpty());
    }

    private static String repeat(String unit, int length) {
        return unit.repeat(length / unit.length());
    }
}
