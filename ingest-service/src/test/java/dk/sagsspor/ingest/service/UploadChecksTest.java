package dk.sagsspor.ingest.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.sagsspor.problems.ProblemException;
import dk.sagsspor.problems.ProblemType;
import java.nio.charset.Charset;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Each rule of an upload as a table: size, type, charset, file name. No server. */
class UploadChecksTest {

    private static final int LIMIT = 10;
    private static final String SEND_TYPES = "Send text/plain, text/markdown or application/pdf.";
    private static final String SEND_CHARSETS = "Send UTF-8 or Windows-1252.";
    private final UploadChecks checks = new UploadChecks(LIMIT);

    @ParameterizedTest(name = "{0} bytes of {1}")
    @CsvSource({"0, text/plain", "9, text/plain", "10, text/plain", "10, application/pdf",
            "10, application/json" /* at the limit, so the type is what is refused */})
    void atOrUnderTheLimitIsCheckedFurther(int size, String contentType) {
        Upload upload = checks.check(new byte[size], contentType, null);
        assertEquals(size, upload.request().content().length);
        assertEquals(contentType, upload.request().mediaType());
    }

    @ParameterizedTest(name = "{0} bytes of {1}")
    @CsvSource(delimiter = '|', nullValues = "none", value = {
            "11   | text/plain       | The document is 11 bytes; the limit is 10 bytes.",
            "4096 | application/pdf  | The document is 4,096 bytes; the limit is 10 bytes.",
            // Size is checked first: an oversized body is not kept, whatever it is.
            "11   | application/json | The document is 11 bytes; the limit is 10 bytes.",
            "11   | none             | The document is 11 bytes; the limit is 10 bytes."})
    void overTheLimitIs413(int size, String contentType, String detail) {
        ProblemException refused = assertThrows(ProblemException.class,
                () -> checks.check(new byte[size], contentType, null));
        assertEquals(ProblemType.PAYLOAD_TOO_LARGE, refused.type());
        assertEquals(detail, refused.getMessage());
    }

    @Test
    void aMissingBodyIsAnEmptyDocument() {
        Upload upload = checks.check(null, "text/plain", null);
        assertTrue(upload.isReadable());
        assertArrayEquals(new byte[0], upload.request().content());
    }

    @ParameterizedTest(name = "{0} is read as {1} in {2}")
    @CsvSource(delimiter = '|', nullValues = "none", value = {
            "text/plain                       | text/plain      | none",
            "TEXT/Markdown                    | text/markdown   | none",
            "text/x-markdown                  | text/x-markdown | none",
            "application/pdf                  | application/pdf | none",
            "' application/PDF ;'             | application/pdf | none",
            "text/plain; format=flowed        | text/plain      | none",
            "text/plain; charset=utf-8        | text/plain      | UTF-8",
            "text/plain; charset=UTF8         | text/plain      | UTF-8",
            "text/markdown; charset=\"UTF-8\" | text/markdown   | UTF-8",
            "text/plain; charset=windows-1252 | text/plain      | windows-1252",
            "text/plain;charset=CP1252        | text/plain      | windows-1252",
            "text/plain; charset=iso-8859-1   | text/plain      | ISO-8859-1",
            "text/plain; charset=latin1       | text/plain      | ISO-8859-1",
            "text/plain; charset=us-ascii     | text/plain      | US-ASCII"})
    void typesAndCharsetsWeRead(String contentType, String mediaType, String charset) {
        Upload upload = checks.check(new byte[1], contentType, null);
        assertTrue(upload.isReadable());
        assertEquals(mediaType, upload.request().mediaType());
        // No charset declared: the parser detects it.
        assertEquals(charset == null ? null : Charset.forName(charset), upload.request().charset());
    }

    @ParameterizedTest(name = "{0} is kept as {1}, then refused")
    @CsvSource(delimiter = '|', nullValues = "none", value = {
            "none                            | application/octet-stream | The request has no Content-Type. " + SEND_TYPES,
            "''                              | application/octet-stream | The request has no Content-Type. " + SEND_TYPES,
            "application/json                | application/json         | Content-Type application/json is not read here. " + SEND_TYPES,
            "Image/PNG                       | image/png                | Content-Type image/png is not read here. " + SEND_TYPES,
            "application/octet-stream        | application/octet-stream | Content-Type application/octet-stream is not read here. " + SEND_TYPES,
            // The type is checked before the charset.
            "application/json; charset=x     | application/json         | Content-Type application/json is not read here. " + SEND_TYPES,
            "text/plain; charset=UTF-16      | text/plain               | The charset UTF-16 is not read here. " + SEND_CHARSETS,
            "text/plain; charset=koi8-r      | text/plain               | The charset koi8-r is not read here. " + SEND_CHARSETS,
            "application/pdf; charset=utf-32 | application/pdf          | The charset utf-32 is not read here. " + SEND_CHARSETS,
            "text/plain; charset=            | text/plain               | The charset  is not read here. " + SEND_CHARSETS})
    void whatWeDoNotReadIsKeptWithTheReason(String contentType, String keptAs, String reason) {
        Upload upload = checks.check("{}".getBytes(), contentType, "attachment; filename=\"data.json\"");
        assertFalse(upload.isReadable());
        assertEquals(reason, upload.unsupportedReason());
        assertEquals(keptAs, upload.request().mediaType());
        assertNull(upload.request().charset());
        assertEquals("data.json", upload.request().filename());
        assertArrayEquals("{}".getBytes(), upload.request().content());
    }

    @ParameterizedTest(name = "{0} names {1}")
    @MethodSource("dispositions")
    void fileNameFromContentDisposition(String disposition, String filename) {
        assertEquals(filename, checks.check(new byte[1], "text/plain", disposition).request().filename());
    }

    static Stream<Arguments> dispositions() {
        return Stream.of(
                Arguments.of(null, null),
                Arguments.of("attachment", null),
                Arguments.of("attachment; filename=\"referat.pdf\"", "referat.pdf"),
                Arguments.of("attachment; filename=referat.pdf", "referat.pdf"),
                Arguments.of("attachment; filename=referat.pdf; size=120", "referat.pdf"),
                Arguments.of("inline; FILENAME=\"Referat TMU.txt\"", "Referat TMU.txt"),
                Arguments.of("attachment; filename=\"referat.pdf", "referat.pdf"),
                Arguments.of("attachment; filename=\"\"", null),
                // Only stored and shown, never used as a path: kept as the client wrote it.
                Arguments.of("attachment; filename=\"../x.pdf\"", "../x.pdf"),
                // RFC 8187: percent-encoded in the charset named, '+' is a plus; filename* wins over filename.
                Arguments.of("attachment; filename*=UTF-8''m%C3%B8de%20referat.pdf", "møde referat.pdf"),
                Arguments.of("attachment; filename*=utf-8'da'referat+1.pdf", "referat+1.pdf"),
                Arguments.of("attachment; filename*=ISO-8859-1''m%F8de.pdf", "møde.pdf"),
                Arguments.of("attachment; filename=\"mode.pdf\"; filename*=UTF-8''m%C3%B8de.pdf", "møde.pdf"),
                // A filename* we cannot decode falls back to filename, or to none.
                Arguments.of("attachment; filename*=UTF-8''broken%ZZ.pdf; filename=plain.pdf", "plain.pdf"),
                Arguments.of("attachment; filename*=KOI8-R''x.pdf", null));
    }

    @ParameterizedTest(name = "a Content-Type of {0} characters is read: {1}")
    @CsvSource({"200, true", "201, false", "5000, false"})
    void aContentTypeOverTheColumnIsRefusedAndTheDocumentKept(int length, boolean readable) {
        String contentType = "text/plain; x=" + "y".repeat(length - "text/plain; x=".length());
        Upload upload = checks.check(new byte[1], contentType, "attachment; filename=a.txt");
        assertEquals(readable, upload.isReadable());
        if (!readable) {
            assertEquals("The Content-Type is " + length + " characters long; the limit is 200. " + SEND_TYPES,
                    upload.unsupportedReason());
            assertEquals("application/octet-stream", upload.request().mediaType());
            assertEquals("a.txt", upload.request().filename());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("storedFileNames")
    void theFileNameIsStoredCleanAndWithinItsColumn(String what, String disposition, String stored) {
        String filename = checks.check(new byte[1], "text/plain", disposition).request().filename();
        assertEquals(stored, filename, what);
        assertTrue(filename == null || filename.length() <= 500, what);
    }

    static Stream<Arguments> storedFileNames() {
        String a200 = "a".repeat(200);
        return Stream.of(
                Arguments.of("NUL and other controls go", "attachment; filename*=UTF-8''re%00fe%01rat%1F%7F.pdf",
                        "referat.pdf"),
                Arguments.of("tab and newline stay", "attachment; filename*=UTF-8''a%09b%0Ac.pdf", "a\tb\nc.pdf"),
                Arguments.of("nothing but controls is no name", "attachment; filename*=UTF-8''%00%1B", null),
                Arguments.of("500 characters fit", "attachment; filename=" + "a".repeat(496) + ".pdf",
                        "a".repeat(496) + ".pdf"),
                Arguments.of("1,000 characters keep the start and the extension",
                        "attachment; filename=\"" + "a".repeat(996) + ".pdf\"", a200 + "….pdf"),
                Arguments.of("no extension", "attachment; filename=" + "a".repeat(501), a200 + "…"),
                Arguments.of("a dot far back is no extension",
                        "attachment; filename=" + "a".repeat(300) + "." + "b".repeat(300), a200 + "…"),
                Arguments.of("a pair of surrogates is not cut",
                        "attachment; filename*=UTF-8''" + "a".repeat(199) + "%F0%9F%98%80".repeat(200) + ".txt",
                        "a".repeat(199) + "….txt"));
    }
}
