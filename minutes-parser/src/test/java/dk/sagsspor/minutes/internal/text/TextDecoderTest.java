package dk.sagsspor.minutes.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextDecoderTest {

    private static final String DANISH = "Økonomiudvalget: Børn- og Familieudvalget, Handicaprådet – § 103";

    @Test
    void utf8() {
        DecodedText decoded = TextDecoder.decode(DANISH.getBytes(StandardCharsets.UTF_8));
        assertEquals(DANISH, decoded.text());
        assertEquals(StandardCharsets.UTF_8, decoded.charset());
    }

    @Test
    void windows1252IsDetected() {
        DecodedText decoded = TextDecoder.decode(DANISH.getBytes(TextDecoder.WINDOWS_1252));
        assertEquals(DANISH, decoded.text());
        assertEquals(TextDecoder.WINDOWS_1252, decoded.charset());
    }

    @Test
    void aReplacementCharacterInValidUtf8IsKept() {
        String text = "Mødested \uFFFD lokale 8";
        DecodedText decoded = TextDecoder.decode(text.getBytes(StandardCharsets.UTF_8));
        assertEquals(text, decoded.text());
        assertEquals(StandardCharsets.UTF_8, decoded.charset());
    }

    @Test
    void byteOrderMarkIsDropped() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'R', 'E'};
        assertEquals("RE", TextDecoder.decode(bom).text());
    }

    @Test
    void lineEndsBecomeLf() {
        assertEquals("a\nb\nc\n\nd", TextDecoder.normaliseLineEnds("a\r\nb\rc\n\r\nd"));
    }

    @Test
    void pdfSpacesAndSoftHyphensAreNormalised() {
        assertEquals("Mødelokale 8 hjemløsestrategi", TextDecoder.normaliseLineEnds("Mødelokale\u00A08 hjemløse\u00ADstrategi"));
    }

    @Test
    void validUtf8WinsOverADeclaredSingleByteCharset() {
        DecodedText decoded = TextDecoder.decode(DANISH.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        assertEquals(DANISH, decoded.text());
    }

    @Test
    void aDeclaredSingleByteCharsetReadsWhatIsNotUtf8() {
        String latin1 = "Børn- og Familieudvalget";
        DecodedText decoded = TextDecoder.decode(latin1.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.ISO_8859_1);
        assertEquals(latin1, decoded.text());
        assertEquals(StandardCharsets.ISO_8859_1, decoded.charset());
    }

    @Test
    void utf16IsRecognisedByItsByteOrderMark() {
        DecodedText little = TextDecoder.decode(("\uFEFF" + DANISH).getBytes(StandardCharsets.UTF_16LE));
        DecodedText big = TextDecoder.decode(("\uFEFF" + DANISH).getBytes(StandardCharsets.UTF_16BE));

        assertEquals(DANISH, little.text());
        assertEquals(StandardCharsets.UTF_16LE, little.charset());
        assertEquals(DANISH, big.text());
        assertEquals(StandardCharsets.UTF_16BE, big.charset());
    }

    @Test
    void controlCharactersAreNotRead() {
        assertEquals("Godkendt af\tudvalget\n\nx", TextDecoder.forReading("God\u0000kendt\u0007 af\tud\u001Bvalget\r\n\u007F\r\n\u0085x"));
    }

    /** Each side of every boundary of what shows nothing: the ISO controls but tab and line ends, and U+FFFD. */
    @ParameterizedTest(name = "U+{0}: {1}")
    @CsvSource({
        "0000, 1", "0008, 1", "0009, 0", "000A, 0", "000B, 1", "000D, 0", "001F, 1", "0020, 0", "007E, 0",
        "007F, 1", "0085, 1", "009F, 1", "00A0, 0", "00E6, 0", "2013, 0", "FFFC, 0", "FFFD, 1", "FFFE, 0"
    })
    void unprintableCountsControlsAndReplacementCharacters(String codePoint, int counted) {
        char c = (char) Integer.parseInt(codePoint, 16);
        assertEquals(counted, TextDecoder.unprintable(String.valueOf(c)));
        assertEquals(3 * counted, TextDecoder.unprintable("a" + c + "ø" + c + "b" + c));
    }
}
