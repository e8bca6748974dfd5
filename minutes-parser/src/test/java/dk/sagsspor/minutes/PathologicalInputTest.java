package dk.sagsspor.minutes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Inputs that break naive parsers. Each must end in a clear rejection or a result. The timeout only turns a hang
 * into a failure; it is far above the real cost and is no speed goal (see docs/benchmarks.md for speed).
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class PathologicalInputTest {

    private static final int TEN_MB = 10 * 1024 * 1024;
    private static final int ONE_MB = 1024 * 1024;
    /** Long enough that a pattern in quadratic time would take minutes, short enough to try many kinds of block. */
    private static final int LONG_LINE = 100_000;
    private static final Duration HANG_GUARD = Duration.ofSeconds(30);
    private static final String HEADER = TestMinutes.HEADER;
    private static final String TIME_TABLE_HEADER = "Dato: 14. oktober 2025\n4. møde i KKR-netværket\n";

    private final MinutesParser parser = new MinutesParser();

    @Test
    void emptyDocument() {
        assertRejected(read(new byte[0]), "empty");
    }

    @Test
    void onlyWhitespace() {
        assertRejected(read(" \n\r\n\t \n".getBytes(StandardCharsets.UTF_8)), "empty");
    }

    @Test
    void oneTenMegabyteLine() {
        assertRejected(read(repeat("Punktum uden ende ", TEN_MB).getBytes(StandardCharsets.UTF_8)), "Not minutes");
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
        assertRejected(read(bytes), "not text");
    }

    @Test
    void nulBytes() {
        assertRejected(read(new byte[64 * 1024]), "not text");
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
        assertRejected(read(pdf), "The PDF could not be read");
    }

    @Test
    void truncatedPdfOfRealMinutes() {
        byte[] pdf = TestPdfs.write(HEADER + "Punkt 1: Godkendelse\n\nBeslutning\n\nGodkendt.\n");
        assertRejected(read(Arrays.copyOf(pdf, pdf.length / 2)), "PDF");
    }

    @Test
    void fortyThousandSpacesAndAnX() {
        assertRejected(parse(" ".repeat(40_000) + "x"), "Not minutes");
    }

    @Test
    void aHeaderFollowedByFortyThousandSpaces() {
        assertRejected(parse("REFERAT a" + " ".repeat(40_000)), "Not minutes");
        assertRejected(parse("REFERAT a" + " ".repeat(40_000) + "x"), "Not minutes");
    }

    @Test
    void aOneMegabyteHeaderStillNamesItsDate() {
        ParseResult result = parse("REFERAT Socialudvalget" + " ".repeat(ONE_MB) + "d. 11-12-2025\n\nPunkt 1: a\n");

        assertEquals(DocumentKind.MINUTES, result.kind());
        assertEquals("2025-12-11", result.startsAt().toLocalDate().toString());
        assertEquals("Socialudvalget", result.body().name());
    }

    @Test
    void aOneMegabyteTimeSlot() {
        ParseResult result = parse(TIME_TABLE_HEADER + "10:00-11:00 Velkomst" + repeat(" af ", ONE_MB) + "v. Hans\n"
                + "11:00-12:00 Afslutning\n");

        assertEquals(DocumentKind.MINUTES, result.kind());
        assertEquals(2, result.items().size());
    }

    /**
     * Every kind of block the grammar knows, as one long line of characters that make patterns backtrack (runs of
     * whitespace, short words, punctuation, the words the patterns look for), in the agenda layout (where the line is
     * read as a decision, a history step and an attachment) and in the time table. Each must come out as minutes.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("longLines")
    void longLinesOfEveryKindOfBlock(String name, String document) {
        ParseResult result = parse(document);

        assertNotEquals(DocumentKind.REJECTED, result.kind(), result::reason);
        assertFalse(result.items().isEmpty());
    }

    static Stream<Arguments> longLines() {
        List<String> starts = List.of("", "REFERAT a", "Punkt 1:", "Afbud:", "Mødedeltagere", "Mødedato", "Mødested",
                "Sagsnr", "17/11/2025", "Dato:", "Tid og sted: på", "4. møde i", "10:00-11:00", "Bilag 1", "Beslutning");
        List<String> fillers = List.of(" ", "\t", "a ", ",", ". ", "- og ", "v. ", "d. ", "Xy z");
        List<Arguments> cases = new ArrayList<>();
        for (String start : starts) {
            for (String filler : fillers) {
                String line = start + repeat(filler, LONG_LINE) + "x";
                String shown = "'" + start + "' + '" + filler.replace("\t", "\\t") + "'...";
                cases.add(Arguments.of(shown + " in an agenda", HEADER + "Punkt 1: a\n\nBeslutning\n\n" + line
                        + "\n\nSagens forløb\n\n17/11/2025 " + line + "\n\nBilag\n\n" + line + "\n"));
                if (!start.startsWith("Punkt")) { // an item heading makes any document an agenda, by design
                    cases.add(Arguments.of(shown + " in a time table", TIME_TABLE_HEADER + "10:00-11:00 " + line
                            + "\n" + line + "\n11:00-12:00 Afslutning\n"));
                }
            }
        }
        return cases.stream();
    }

    @Test
    void aTimeSlotAtTwentyFiveOClockIsText() {
        ParseResult result = parse(TIME_TABLE_HEADER + "10:00-11:00 Velkomst\n25:00-26:00 Natmøde\n"
                + "11:00-12:00 Afslutning\n");

        assertEquals(DocumentKind.MINUTES, result.kind());
        assertEquals(List.of("10:00-11:00", "11:00-12:00"), result.items().stream().map(AgendaItem::timeSlot).toList());
        assertTrue(result.items().get(0).sections().sagsfremstilling().contains("25:00-26:00 Natmøde"));
    }

    @Test
    void onlyTimeSlotsPastMidnightAreNoTimeTable() {
        assertRejected(parse(TIME_TABLE_HEADER + "25:00-26:00 Natmøde\n26:00-27:00 Morgenmøde\n"), "Not minutes");
    }

    @Test
    void twoItemsNumberedOneAreKeptAsFound() {
        ParseResult result = parse(HEADER + "Punkt 1: Først\n25-000001\n\nPunkt 1: Igen\n25-000002\n");

        assertEquals(DocumentKind.MINUTES, result.kind());
        assertEquals(List.of(1, 1), result.items().stream().map(AgendaItem::number).toList());
        assertEquals(List.of("25-000001", "25-000002"), result.items().stream().map(AgendaItem::caseNumber).toList());
    }

    @Test
    void controlCharactersDoNotReachTheResult() {
        String controls = "\u0000\u0001\u0007\u0008\u000B\u000C\u001B\u001F\u007F\u0085";
        ParseResult result = parse(HEADER.replace("Socialudvalget", "Social" + controls + "udvalget")
                + "Punkt 1: Godkendelse\u0000 af" + controls + " budget\n\nBeslutning\n\nGod\u0000kendt.\n\nAfbud: A\u0000B\n"
                + "\nSagsfremstilling\n\n" + "Tekst om budgettet. ".repeat(100)); // controls are a small share of text


        assertEquals(DocumentKind.MINUTES, result.kind());
        assertEquals("Godkendelse af budget", result.items().get(0).title());
        assertEquals("Godkendt.", result.items().get(0).decisionText());
        for (String text : strings(MinutesJson.mapper().valueToTree(result))) {
            assertTrue(text.chars().noneMatch(c -> Character.isISOControl(c) && c != '\t' && c != '\n'),
                    () -> "a control character in " + text);
        }
    }

    @Test
    void utf16WithByteOrderMark() {
        String minutes = HEADER + "Punkt 1: Børnehaver\n\nBeslutning\n\nGodkendt.\n";
        ParseResult expected = parse(minutes);

        assertEquals(DocumentKind.MINUTES, expected.kind());
        assertEquals(expected, read(("\uFEFF" + minutes).getBytes(StandardCharsets.UTF_16LE)));
        assertEquals(expected, read(("\uFEFF" + minutes).getBytes(StandardCharsets.UTF_16BE)));
    }

    @Test
    void randomBytesBehindAPdfSignature() {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        pdf.writeBytes("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII));
        byte[] noise = new byte[1024 * 1024];
        new Random(20251211).nextBytes(noise);
        pdf.writeBytes(noise);
        assertRejected(read(pdf.toByteArray()), "PDF");
    }

    @Test
    void aPdfWithMorePagesThanTheLimit() {
        byte[] pdf = TestPdfs.write(HEADER + "Punkt 1: Mange sider\n\n" + "Linje\n".repeat(200));
        ParseLimits twoPages = new ParseLimits(2, ParseLimits.DEFAULTS.maxPdfMainMemoryBytes(),
                ParseLimits.DEFAULTS.maxPdfTempFileBytes(), ParseLimits.DEFAULTS.maxPdfTextChars(),
                ParseLimits.DEFAULTS.maxPdfDecodedBytes());

        assertRejected(read(new MinutesParser(twoPages), pdf), "The PDF has 4 pages; at most 2 are read.");
        assertEquals(DocumentKind.MINUTES, read(pdf).kind());
    }

    @Test
    void aPdfWithMoreTextThanTheLimit() {
        byte[] pdf = TestPdfs.write(HEADER + "Punkt 1: Meget tekst\n\n" + "Linje med tekst\n".repeat(100));
        ParseLimits littleText = new ParseLimits(ParseLimits.DEFAULTS.maxPdfPages(),
                ParseLimits.DEFAULTS.maxPdfMainMemoryBytes(), ParseLimits.DEFAULTS.maxPdfTempFileBytes(), 1_000,
                ParseLimits.DEFAULTS.maxPdfDecodedBytes());

        assertRejected(read(new MinutesParser(littleText), pdf), "more than 1,000 characters");
        assertEquals(DocumentKind.MINUTES, read(pdf).kind());
    }

    @Test
    void aZipBombIsStoppedAfterTheDecodedBytesLimitBeforeAnyTextIsRead() {
        byte[] bomb = TestPdfs.zipBomb(1L << 30); // 1 GB of page content in a few MB

        assertRejected(read(bomb), "unfold into more than 100 MB");
    }

    @Test
    void aPdfWithinTheDecodedBytesLimitIsRead() {
        byte[] pdf = TestPdfs.write(HEADER + "Punkt 1: Godkendelse\n\nBeslutning\n\nGodkendt.\n");
        ParseLimits tiny = new ParseLimits(ParseLimits.DEFAULTS.maxPdfPages(),
                ParseLimits.DEFAULTS.maxPdfMainMemoryBytes(), ParseLimits.DEFAULTS.maxPdfTempFileBytes(),
                ParseLimits.DEFAULTS.maxPdfTextChars(), 100);

        assertEquals(DocumentKind.MINUTES, read(pdf).kind());
        assertRejected(read(new MinutesParser(tiny), pdf), "unfold into more than 100 bytes");
    }

    @Test
    void aPdfProtectedByAPassword() {
        byte[] pdf = TestPdfs.write(HEADER + "Punkt 1: Godkendelse\n\nBeslutning\n\nGodkendt.\n");
        assertRejected(read(TestPdfs.protectedByPassword(pdf, "hemmelig")), "protected by a password");
    }

    @Test
    void whatTheParserFailsOnIsARejectionNotAnException() {
        assertRejected(parser.parse((byte[]) null), "The parser could not read this document: NullPointerException");
        assertRejected(parser.parseText(null), "The parser could not read this document");
    }

    private ParseResult parse(String text) {
        return read(text.getBytes(StandardCharsets.UTF_8));
    }

    private ParseResult read(byte[] content) {
        return read(parser, content);
    }

    /**
     * A hang guard, not a speed goal: the bound is far above the real cost (milliseconds), so that a pattern that
     * falls back to quadratic time fails the build instead of holding it for hours. Speed is measured by the
     * benchmarks.
     */
    private static ParseResult read(MinutesParser parser, byte[] content) {
        return assertTimeoutPreemptively(HANG_GUARD, () -> parser.parse(content));
    }

    /** Every string in the JSON form of a result, keys aside. */
    private static List<String> strings(JsonNode node) {
        List<String> strings = new ArrayList<>();
        if (node.isTextual()) {
            strings.add(node.textValue());
        }
        node.elements().forEachRemaining(child -> strings.addAll(strings(child)));
        return strings;
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
