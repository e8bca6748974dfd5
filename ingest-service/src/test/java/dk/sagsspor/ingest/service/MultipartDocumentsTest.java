package dk.sagsspor.ingest.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.sagsspor.ingest.service.MultipartDocuments.Part;
import dk.sagsspor.problems.ProblemException;
import dk.sagsspor.problems.ProblemType;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each rule of reading a batch's multipart body, as tables and pathological bodies. No server. */
class MultipartDocumentsTest {

    private static final String FORM = "multipart/form-data; boundary=XyZ";

    @Test
    void eachPartIsADocumentWithItsHeadersAndExactBytes() {
        byte[] pdf = {'%', 'P', 'D', 'F', 0, (byte) 0xff, '\r', '\n', '-', '-', 'X', 'y'};  // a near-delimiter inside
        byte[] body = concat(ascii("preamble, ignored\r\n--XyZ\r\n"
                        + "Content-Disposition: form-data; name=\"document\"; filename=\"referat.txt\"\r\n"
                        + "Content-Type: text/plain; charset=UTF-8\r\n\r\n"), utf8("Referat\r\nSocialudvalget – møde\r\n"),
                ascii("\r\n--XyZ\r\ncontent-type: application/pdf\r\n\r\n"), pdf,
                ascii("\r\n--XyZ--\r\nepilogue, ignored"));

        List<Part> parts = MultipartDocuments.parse(body, FORM, 10);

        assertEquals(2, parts.size());
        assertEquals("text/plain; charset=UTF-8", parts.get(0).contentType());
        assertEquals("form-data; name=\"document\"; filename=\"referat.txt\"", parts.get(0).disposition());
        assertArrayEquals(utf8("Referat\r\nSocialudvalget – møde\r\n"), parts.get(0).content());
        assertEquals("application/pdf", parts.get(1).contentType());
        assertNull(parts.get(1).disposition());
        assertArrayEquals(pdf, parts.get(1).content());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "multipart/form-data; boundary=XyZ",
            "Multipart/Mixed;boundary=\"XyZ\"",
            "multipart/form-data; charset=UTF-8; BOUNDARY=XyZ"})
    void theBoundaryIsReadFromTheContentType(String contentType) {
        List<Part> parts = MultipartDocuments.parse(ascii("--XyZ\r\n\r\nabc\r\n--XyZ--"), contentType, 10);
        assertEquals(1, parts.size());
        assertNull(parts.get(0).contentType());
        assertArrayEquals(ascii("abc"), parts.get(0).content());
    }

    @Test
    void transportPaddingAfterABoundaryIsAllowedAndAnEmptyPartIsADocument() {
        assertEquals(1, MultipartDocuments.parse(ascii("--XyZ\r\nContent-Transfer-Encoding: 8BIT\r\n\r\na\r\n--XyZ--"),
                FORM, 10).size());
        List<Part> parts = MultipartDocuments.parse(ascii("--XyZ \t\r\nContent-Type: text/plain\r\n\r\n\r\n--XyZ--"),
                FORM, 10);
        assertEquals(1, parts.size());
        assertEquals(0, parts.get(0).content().length);
    }

    @Test
    void aPartWithNeitherHeadersNorContentIsAnEmptyDocument() {
        List<Part> parts = MultipartDocuments.parse(ascii("--XyZ\r\n\r\n--XyZ\r\n\r\nabc\r\n--XyZ--"), FORM, 10);
        assertEquals(2, parts.size());
        assertEquals(0, parts.get(0).content().length);
        assertNull(parts.get(0).contentType());
        assertArrayEquals(ascii("abc"), parts.get(1).content());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "none", value = {
            "none",
            "text/plain",
            "application/json",
            "multipart/related; boundary=XyZ"})
    void aBodyThatIsNotMultipartIs415(String contentType) {
        ProblemException refused = assertThrows(ProblemException.class,
                () -> MultipartDocuments.parse(ascii("--XyZ\r\n\r\nabc\r\n--XyZ--"), contentType, 10));
        assertEquals(ProblemType.UNSUPPORTED_MEDIA_TYPE, refused.type());
        assertTrue(refused.getMessage().startsWith("A batch is multipart/form-data or multipart/mixed"),
                refused.getMessage());
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "multipart/form-data                   | --XyZ\\r\\n\\r\\nabc\\r\\n--XyZ--  | The Content-Type names no boundary (boundary=..., 1 to 70 characters).",
            "multipart/form-data; boundary=Other   | --XyZ\\r\\n\\r\\nabc\\r\\n--XyZ--  | The body holds no boundary line (--boundary) of the boundary its Content-Type names.",
            "multipart/form-data; boundary=XyZ     | ''                                 | The body holds no boundary line (--boundary) of the boundary its Content-Type names.",
            "multipart/form-data; boundary=XyZ     | --XyZ\\r\\n\\r\\nabc                 | Part 1 does not end: the body has no closing delimiter (--boundary--).",
            "multipart/form-data; boundary=XyZ     | --XyZ\\r\\n\\r\\nabc\\r\\n--XyZ       | The body ends after part 1 without the closing delimiter (--boundary--).",
            "multipart/form-data; boundary=XyZ     | --XyZ\\r\\nContent-Type: text/plain | Part 1: its headers do not end with an empty line within 8192 bytes.",
            "multipart/form-data; boundary=XyZ     | --XyZx\\r\\n\\r\\nabc\\r\\n--XyZ--  | Part 1: the boundary line does not end after the boundary.",
            "multipart/form-data; boundary=XyZ     | --XyZ--                            | The batch holds no document.",
            "multipart/form-data; boundary=XyZ     | --XyZ\\r\\nContent-Transfer-Encoding: base64\\r\\n\\r\\nUkVG\\r\\n--XyZ-- | Part 1 is sent as Content-Transfer-Encoding: base64; send each document's bytes as they are (binary).",
            "multipart/form-data; boundary=bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb | --XyZ--           | The Content-Type names no boundary (boundary=..., 1 to 70 characters)."})
    void aMalformedBodyIsInvalidAndSaysWhy(String contentType, String body, String detail) {
        ProblemException refused = assertThrows(ProblemException.class,
                () -> MultipartDocuments.parse(ascii(body.replace("\\r\\n", "\r\n")), contentType, 10));
        assertEquals(ProblemType.INVALID_BODY, refused.type());
        assertEquals(detail, refused.getMessage());
    }

    @Test
    void moreDocumentsThanAllowedAreRefusedBeforeAnyIsRead() {
        String three = "--XyZ\r\n\r\na\r\n--XyZ\r\n\r\nb\r\n--XyZ\r\n\r\nc\r\n--XyZ--";
        assertEquals(3, MultipartDocuments.parse(ascii(three), FORM, 3).size());
        ProblemException refused = assertThrows(ProblemException.class,
                () -> MultipartDocuments.parse(ascii(three), FORM, 2));
        assertEquals(ProblemType.INVALID_BODY, refused.type());
        assertEquals("The batch holds more than 2 documents; send at most 2 a request.", refused.getMessage());
    }

    @Test
    void headersPastTheirLimitAreRefused() {
        String longHeader = "X-Note: " + "a".repeat(MultipartDocuments.MAX_HEADER_BYTES) + "\r\n\r\n";
        ProblemException refused = assertThrows(ProblemException.class,
                () -> MultipartDocuments.parse(ascii("--XyZ\r\n" + longHeader + "abc\r\n--XyZ--"), FORM, 10));
        assertEquals(ProblemType.INVALID_BODY, refused.type());
    }

    /**
     * Pathological: megabytes of near-delimiters (each a delimiter short of its last byte) inside one part, with the
     * longest boundary RFC 2046 allows. A naive search compares up to the boundary's length at every byte; this one
     * reads each byte a bounded number of times, so the body is read and its one part kept whole.
     */
    @Test
    void nearDelimitersEverywhereAreReadAsContent() {
        String boundary = "b".repeat(70);
        byte[] nearDelimiter = ascii("\r\n--" + "b".repeat(69));
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        for (int i = 0; i < 40_000; i++) {
            content.writeBytes(nearDelimiter);
        }
        byte[] body = concat(ascii("--" + boundary + "\r\n\r\n"), content.toByteArray(),
                ascii("\r\n--" + boundary + "--\r\n"));

        List<Part> parts = MultipartDocuments.parse(body, "multipart/mixed; boundary=" + boundary, 10);

        assertEquals(1, parts.size());
        assertArrayEquals(content.toByteArray(), parts.get(0).content());
    }

    @Test
    void onlyFormDataAndMixedAreMultipartHere() {
        assertTrue(MultipartDocuments.isMultipart("multipart/form-data; boundary=a"));
        assertTrue(MultipartDocuments.isMultipart(" MULTIPART/MIXED"));
        assertFalse(MultipartDocuments.isMultipart("multipart/alternative; boundary=a"));
        assertFalse(MultipartDocuments.isMultipart(null));
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... pieces) {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (byte[] piece : pieces) {
            all.writeBytes(piece);
        }
        return all.toByteArray();
    }
}
