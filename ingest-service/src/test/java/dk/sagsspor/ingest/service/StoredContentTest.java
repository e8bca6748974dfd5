package dk.sagsspor.ingest.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.sagsspor.ingest.service.DocumentQueries.StoredContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How kept bytes are served: the types read here as themselves, anything else as a download. */
class StoredContentTest {

    @ParameterizedTest(name = "{0} is served as {1}, {2}")
    @CsvSource(delimiter = '|', nullValues = "none", value = {
            "application/pdf          | application/pdf          | none",
            "text/plain               | text/plain               | none",
            "text/markdown            | text/markdown            | none",
            "text/x-markdown          | text/x-markdown          | none",
            "text/html                | application/octet-stream | attachment; filename*=UTF-8''side.html",
            "image/svg+xml            | application/octet-stream | attachment; filename*=UTF-8''side.html",
            "application/xhtml+xml    | application/octet-stream | attachment; filename*=UTF-8''side.html",
            "application/octet-stream | application/octet-stream | attachment; filename*=UTF-8''side.html"})
    void onlyTheTypesReadHereAreServedAsThemselves(String kept, String served, String disposition) {
        StoredContent content = new StoredContent(kept, "side.html", new byte[0]);
        assertEquals(served, content.servedType());
        assertEquals(disposition, content.inline() ? null : content.attachment());
    }

    @Test
    void aDownloadWithoutAFileNameIsJustAnAttachment() {
        assertEquals("attachment", new StoredContent("text/html", null, new byte[0]).attachment());
    }
}
