package dk.sagsspor.e2e;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.sagsspor.minutes.Seeds;
import dk.sagsspor.minutes.TestPdfs;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.zip.GZIPOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * Bad input as a hostile or careless client sends it, against the running system: every request must be answered
 * with a 4xx problem+json whose detail says what is wrong, a posted document must be kept, and every service must
 * still be ready afterwards. How long each answer took is written to {@code target/hostile-inputs.md} (copied into
 * docs/reliability.md); speed is measured there, not asserted here.
 */
final class HostileInputs {

    /** One kind of bad input: what it is, the request, and the status it must get. */
    record Case(String name, int status, boolean keepsDocument, Function<RequestSpecification, Response> request) {
    }

    private final String ingest;
    private final String meetings;
    private final String cases;
    /** Tokens from deploy/local/token.sh: the documents are posted as a writer would; the reader's must not write. */
    private final String writer;
    private final String reader;

    HostileInputs(String ingest, String meetings, String cases, String writer, String reader) {
        this.ingest = ingest;
        this.meetings = meetings;
        this.cases = cases;
        this.writer = writer;
        this.reader = reader;
    }

    List<Case> all() {
        Random random = new Random(7);
        byte[] noise = new byte[64 * 1024];
        random.nextBytes(noise);
        byte[] minutesPdf = TestPdfs.write(Seeds.text("001"));
        byte[] notMinutesPdf = TestPdfs.write("Indkøbsliste\nMælk\nBrød");
        return List.of(
                post("empty body", 422, new byte[0], "text/plain"),
                post("random bytes as PDF", 422, noise, "application/pdf"),
                post("random bytes as text", 422, noise, "text/plain"),
                post("JSON", 415, "{\"referat\": 1}".getBytes(StandardCharsets.UTF_8), "application/json"),
                post("no Content-Type", 415, "REFERAT".getBytes(StandardCharsets.UTF_8), null),
                post("unknown charset", 415, "REFERAT".getBytes(StandardCharsets.UTF_8), "text/plain; charset=klingon"),
                post("a PDF that is not minutes, declared as text", 422, notMinutesPdf, "text/plain"),
                post("text that is not minutes, declared as PDF", 422,
                        "Ikke et referat".getBytes(StandardCharsets.UTF_8), "application/pdf"),
                post("UTF-16 text that is not minutes", 422,
                        "Hej med dig\nIngen dato her".getBytes(StandardCharsets.UTF_16), "text/plain"),
                post("a truncated PDF", 422, java.util.Arrays.copyOf(minutesPdf, minutesPdf.length / 2),
                        "application/pdf"),
                post("a password-protected PDF", 422, TestPdfs.protectedByPassword(minutesPdf, "hemmelig"),
                        "application/pdf"),
                post("a PDF of 10,000 pages", 422, blankPages(10_000), "application/pdf"),
                post("a zip bomb: a PDF page of 1 GB in 5 MB", 422, TestPdfs.zipBomb(1L << 30), "application/pdf"),
                post("a gzip bomb sent as Content-Encoding: gzip", 422, gzipBomb(1L << 30), "text/plain", null,
                        "gzip"),
                post("100,000 headings", 422, repeat("Punkt 1: Overskrift\n", 100_000), "text/plain"),
                post("one line of 1 MB", 422, repeat("x", 1024 * 1024), "text/plain"),
                post("40,000 spaces and an x", 422, (" ".repeat(40_000) + "x").getBytes(StandardCharsets.UTF_8),
                        "text/plain"),
                post("REFERAT a and 40,000 spaces", 422,
                        ("REFERAT a" + " ".repeat(40_000)).getBytes(StandardCharsets.UTF_8), "text/plain"),
                post("NUL bytes", 422, "REFERAT\u0000Socialudvalget\u0000".getBytes(StandardCharsets.UTF_8),
                        "text/plain"),
                post("mixed charsets", 422, mixedCharsets(), "text/plain"),
                post("over the size limit", 413, new byte[20 * 1024 * 1024 + 1], "text/plain"),
                post("a 1,000-character file name on a bad document", 422,
                        "ikke et referat".getBytes(StandardCharsets.UTF_8), "text/plain",
                        "attachment; filename=\"" + "a".repeat(1000) + ".txt\""),
                get("/meetings?page=x", meetings, 400),
                get("/meetings?page=4294968&size=500", meetings, 400),
                get("/meetings?size=0", meetings, 400),
                get("/meetings?to=+999999999-12-31", meetings, 400),
                get("/meetings?from=2025-13-01", meetings, 400),
                get("/meetings?modifiedSince=yesterday", meetings, 400),
                get("/meetings?page=99999999999", meetings, 400),
                get("/committees?modifiedSince=1.1.2025", meetings, 400),
                get("/committees/su/members?term=2025", meetings, 400),
                get("/committees/su/meetings?from=2025-02-30", meetings, 400),
                get("/committees/su/meetings?size=501", meetings, 400),
                get("/search?q=hjemlos&limit=-1", meetings, 400),
                get("/search", meetings, 400),
                get("/search?q=hjemlos&limit=100000", meetings, 400),
                get("/cases?status=DONE", cases, 400),
                get("/cases?page=-1", cases, 400),
                get("/cases?page=4294968&size=500", cases, 400),
                get("/cases/hjemloeshed", cases, 400),
                get("/cases?modifiedSince=2025-99-99", cases, 400),
                get("/documents/not-a-uuid", ingest, 400),
                get("/documents?page=x", ingest, 400),
                get("/documents?status=NOPE", ingest, 400),
                get("/documents?modifiedSince=x", ingest, 400),
                get("/documents?size=100000", ingest, 400),
                new Case("DELETE /documents/not-a-uuid", 400, false,
                        r -> r.auth().oauth2(writer).delete(ingest + "/documents/not-a-uuid")),
                new Case("POST without a token", 401, false,
                        r -> r.contentType("text/plain").body(minutesPdf).post(ingest + "/documents")),
                new Case("POST with a token that is not one", 401, false,
                        r -> r.auth().oauth2("eyJhbGciOiJub25lIn0.eyJncm91cHMiOlsiZG9jdW1lbnRzOndyaXRlIl19.")
                                .contentType("text/plain").body(minutesPdf).post(ingest + "/documents")),
                new Case("POST with a reader's token", 403, false,
                        r -> r.auth().oauth2(reader).contentType("text/plain").body(minutesPdf)
                                .post(ingest + "/documents")),
                new Case("DELETE without a token", 401, false,
                        r -> r.delete(ingest + "/documents/00000000-0000-0000-0000-000000000000")),
                new Case("Last-Event-ID that is not one", 400, false,
                        r -> r.header("Last-Event-ID", "yesterday").get(cases + "/cases/stream")),
                batch("a batch with no boundary", "multipart/form-data", ascii("--XyZ\r\n\r\nREFERAT\r\n--XyZ--")),
                batch("a batch whose last part never ends", "multipart/form-data; boundary=XyZ",
                        ascii("--XyZ\r\nContent-Type: text/plain\r\n\r\nREFERAT")),
                batch("a batch of 2 MB of near-delimiters, never closed", "multipart/mixed; boundary=" + "b".repeat(70),
                        nearDelimiters(2 << 20)),
                batch("a batch of 101 documents", "multipart/form-data; boundary=XyZ",
                        ascii("--XyZ\r\n\r\nREFERAT\r\n".repeat(101) + "--XyZ--")),
                new Case("a batch that is not multipart", 415, false,
                        r -> r.auth().oauth2(writer).contentType("text/plain").body(ascii("REFERAT"))
                                .post(ingest + "/documents/batch")));
    }

    /** A malformed POST /documents/batch: refused as a whole (400), nothing of it read as documents or kept. */
    private Case batch(String name, String contentType, byte[] body) {
        return new Case(name, 400, false,
                r -> r.auth().oauth2(writer).contentType(contentType).body(body).post(ingest + "/documents/batch"));
    }

    /** The first line of a 70-character boundary's part, then near-delimiters (each one byte short) up to SIZE. */
    private static byte[] nearDelimiters(int size) {
        ByteArrayOutputStream body = new ByteArrayOutputStream(size);
        body.writeBytes(ascii("--" + "b".repeat(70) + "\r\n\r\n"));
        byte[] near = ascii("\r\n--" + "b".repeat(69));
        while (body.size() < size) {
            body.writeBytes(near);
        }
        return body.toByteArray();
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    /** The same bad document ten times at once: ten refusals, one kept document. */
    List<Response> sameBadDocumentTenTimesAtOnce() {
        byte[] bad = "Dette er ikke et referat, men det kommer ti gange.".getBytes(StandardCharsets.UTF_8);
        List<CompletableFuture<Response>> sent = IntStream.range(0, 10)
                .mapToObj(i -> CompletableFuture.supplyAsync(() ->
                        given().auth().oauth2(writer).contentType("text/plain").body(bad).post(ingest + "/documents")))
                .toList();
        return sent.stream().map(CompletableFuture::join).toList();
    }

    /** Sends every case, checks its answer, and writes how long each took. */
    void check(Path report) {
        List<String> rows = new ArrayList<>(List.of("| input | status | problem type | ms |", "| --- | --- | --- | --- |"));
        for (Case kind : all()) {
            long start = System.nanoTime();
            Response response = kind.request().apply(given());
            long millis = Duration.ofNanos(System.nanoTime() - start).toMillis();
            assertEquals(kind.status(), response.statusCode(), kind.name() + ": " + response.asString());
            assertEquals("application/problem+json", response.contentType().split(";")[0], kind.name());
            String detail = response.path("detail");
            assertTrue(detail != null && !detail.isBlank(), kind.name() + " has no detail");
            if (kind.keepsDocument()) {
                String documentId = response.path("documentId");
                assertTrue(documentId != null, kind.name() + " kept no document: " + response.asString());
                assertEquals(200, given().get(ingest + "/documents/" + documentId + "/content").statusCode(),
                        kind.name() + ": the raw document is not there");
            }
            rows.add(String.format(Locale.ROOT, "| %s | %d | `%s` | %d |", kind.name(), response.statusCode(),
                    String.valueOf((Object) response.path("type")).replace("https://sagsspor.dk/problems/", ""),
                    millis));
        }
        List<Response> tenAtOnce = sameBadDocumentTenTimesAtOnce();
        tenAtOnce.forEach(r -> assertEquals(422, r.statusCode(), r.asString()));
        assertEquals(1, tenAtOnce.stream().map(r -> (String) r.path("documentId")).distinct().count(),
                "the same bytes are one kept document");
        rows.add("| the same bad document 10 times at once | 422 ×10 | `document-rejected` | - |");
        for (String service : List.of(ingest, meetings, cases)) {
            assertEquals(200, given().get(service + "/q/health/ready").statusCode(), service + " is not ready");
        }
        try {
            Files.createDirectories(report.getParent());
            Files.write(report, rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Case post(String name, int status, byte[] body, String contentType) {
        return post(name, status, body, contentType, null);
    }

    private Case post(String name, int status, byte[] body, String contentType, String disposition) {
        return post(name, status, body, contentType, disposition, null);
    }

    private Case post(String name, int status, byte[] body, String contentType, String disposition,
                      String contentEncoding) {
        return new Case(name, status, status != 413, r -> {
            RequestSpecification request = r.auth().oauth2(writer).body(body);
            if (contentType != null) {
                request = request.contentType(contentType);
            } else {
                request = request.noContentType();
            }
            if (disposition != null) {
                request = request.header("Content-Disposition", disposition);
            }
            if (contentEncoding != null) {
                request = request.header("Content-Encoding", contentEncoding);
            }
            return request.post(ingest + "/documents");
        });
    }

    private static Case get(String path, String service, int status) {
        return new Case("GET " + path, status, false, r -> r.urlEncodingEnabled(false).get(service + path));
    }

    private static byte[] repeat(String text, int times) {
        return text.repeat(times).getBytes(StandardCharsets.UTF_8);
    }

    /** Text that gunzips to {@code bytes} of spaces: the service must not inflate what it was not asked to. */
    private static byte[] gzipBomb(long bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] spaces = " ".repeat(1024 * 1024).getBytes(StandardCharsets.US_ASCII);
        try (GZIPOutputStream gzip = new GZIPOutputStream(out, 64 * 1024)) {
            for (long written = 0; written < bytes; written += spaces.length) {
                gzip.write(spaces);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] mixedCharsets() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("Mødet i udvalget ".getBytes(StandardCharsets.UTF_8));
        out.writeBytes("blev udsat på grund af sne ".getBytes(Charset.forName("windows-1252")));
        out.writeBytes("ærø".getBytes(StandardCharsets.UTF_16LE));
        return out.toByteArray();
    }

    private static byte[] blankPages(int pages) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int i = 0; i < pages; i++) {
                document.addPage(new PDPage());
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
