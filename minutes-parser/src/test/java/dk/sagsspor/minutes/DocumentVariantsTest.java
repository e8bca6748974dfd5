package dk.sagsspor.minutes;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The same facts, whatever form the minutes arrive in: as PDF, in Windows-1252, with CRLF line ends, or with every
 * long line wrapped. Each variant is made from the seed in the test and compared with the same golden file.
 */
class DocumentVariantsTest {

    private final MinutesParser parser = new MinutesParser();

    @ParameterizedTest(name = "seed {0} as PDF")
    @ValueSource(strings = {"000", "001", "002", "004"})
    void pdf(String seed) {
        byte[] pdf = TestPdfs.write(Seeds.text(seed));
        // Line numbers are those of the PDF's extracted text, so they are not compared.
        GoldenFiles.assertMatches(seed, parser.parse(pdf), false);
    }

    @ParameterizedTest(name = "seed {0} in Windows-1252")
    @ValueSource(strings = {"000", "001", "002", "004"})
    void windows1252(String seed) {
        byte[] bytes = Seeds.text(seed).getBytes(TestCharsets.WINDOWS_1252);
        GoldenFiles.assertMatches(seed, parser.parse(bytes), true);
    }

    @ParameterizedTest(name = "seed {0} with CRLF")
    @ValueSource(strings = {"000", "001", "002", "004"})
    void crlf(String seed) {
        byte[] bytes = Seeds.text(seed).replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
        GoldenFiles.assertMatches(seed, parser.parse(bytes), true);
    }

    @ParameterizedTest(name = "seed {0} in Windows-1252 with CRLF")
    @ValueSource(strings = {"000", "001", "002", "004"})
    void windows1252WithCrlf(String seed) {
        byte[] bytes = Seeds.text(seed).replace("\n", "\r\n").getBytes(TestCharsets.WINDOWS_1252);
        GoldenFiles.assertMatches(seed, parser.parse(bytes), true);
    }

    /**
     * Every line longer than 60 characters wrapped at a space, as a narrow PDF column would. Seed 004 is left out: it
     * is OCR text of a table whose line breaks are the table's columns, and rewrapping it changes what it says.
     */
    @ParameterizedTest(name = "seed {0} wrapped at 60 columns")
    @ValueSource(strings = {"000", "001", "002"})
    void wrapped(String seed) {
        GoldenFiles.assertMatches(seed, parser.parseText(wrap(Seeds.text(seed), 60)), false);
    }

    static String wrap(String text, int width) {
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            StringBuilder current = new StringBuilder();
            for (String word : line.split(" ", -1)) {
                if (current.length() > 0 && current.length() + 1 + word.length() > width) {
                    out.append(current).append('\n');
                    current.setLength(0);
                } else if (current.length() > 0) {
                    current.append(' ');
                }
                current.append(word);
            }
            out.append(current).append('\n');
        }
        return out.toString();
    }
}
