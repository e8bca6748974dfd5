package dk.sagsspor.minutes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every fact of the seed documents, against golden files written by hand from reading them. */
class GoldenCorpusTest {

    private final MinutesParser parser = new MinutesParser();

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(strings = {"000", "001", "002", "004"})
    void theWholeParseMatchesTheGoldenFile(String seed) {
        GoldenFiles.assertMatches(seed, parser.parse(Seeds.bytes(seed)), true);
    }

    @Test
    void theStrategyDocumentIsRejectedWithTheReason() {
        ParseResult result = parser.parse(Seeds.bytes("003"));

        assertEquals(DocumentKind.REJECTED, result.kind());
        assertTrue(result.reason().startsWith("Not minutes: found no agenda items"), result.reason());
        assertTrue(result.reason().contains("no meeting header"), result.reason());
        assertTrue(result.items().isEmpty());
    }
}
