package dk.sagsspor.ingest.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.sagsspor.minutes.ParseResult;
import dk.sagsspor.problems.ProblemException;
import dk.sagsspor.problems.ProblemType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/** The pool's promises, shown with parsers that wait on a latch instead of on the clock. */
class BoundedParsingTest {

    @Test
    void aParseWithinTheBudgetGivesTheParsersResult() {
        try (BoundedParsing parsing = new BoundedParsing(1, 0, Duration.ofSeconds(30))) {
            ParseResult rejected = ParseResult.rejected("Not minutes: no meeting date.");
            assertEquals(rejected, parsing.parse(() -> rejected));
        }
    }

    @Test
    void aParseOverTheBudgetIsARejectionThatSaysSo() {
        CountDownLatch never = new CountDownLatch(1);
        try (BoundedParsing parsing = new BoundedParsing(1, 0, Duration.ofMillis(200))) {
            ParseResult result = parsing.parse(() -> {
                await(never);
                return ParseResult.rejected("unreachable");
            });
            assertTrue(result.isRejected());
            assertTrue(result.reason().startsWith("Reading the document took longer than the budget"), result.reason());
        }
    }

    @Test
    void aParserFailureOfAnyKindIsARejectionWithAReason() {
        try (BoundedParsing parsing = new BoundedParsing(1, 0, Duration.ofSeconds(30))) {
            ParseResult result = parsing.parse(() -> {
                throw new StackOverflowError();
            });
            assertTrue(result.isRejected());
            assertEquals("The parser could not read this document (StackOverflowError).", result.reason());
        }
    }

    @Test
    void whenEveryParserIsBusyAndTheQueueIsFullTheAnswerIs503WithRetryAfter() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try (BoundedParsing parsing = new BoundedParsing(1, 0, Duration.ofSeconds(30))) {
            CompletableFuture<ParseResult> busy = CompletableFuture.supplyAsync(() -> parsing.parse(() -> {
                started.countDown();
                await(release);
                return ParseResult.rejected("done");
            }));
            started.await();

            ProblemException refused = assertThrows(ProblemException.class,
                    () -> parsing.parse(() -> ParseResult.rejected("second")));
            assertEquals(ProblemType.UNAVAILABLE, refused.type());
            Response response = refused.toResponse("/documents");
            assertEquals(503, response.getStatus());
            assertEquals(String.valueOf(BoundedParsing.RETRY_AFTER_SECONDS), response.getHeaderString("Retry-After"));

            release.countDown();
            assertEquals("done", busy.get().reason());
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
