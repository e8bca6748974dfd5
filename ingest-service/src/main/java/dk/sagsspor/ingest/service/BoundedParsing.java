package dk.sagsspor.ingest.service;

import dk.sagsspor.minutes.ParseResult;
import dk.sagsspor.problems.ProblemException;
import dk.sagsspor.problems.ProblemType;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Runs parsing on a bounded pool under a time budget, so hostile documents cannot hold request threads or memory
 * without end: a document that takes longer than the budget is a rejection with a reason, a parser failure of any
 * kind too, and a request that finds every parser busy and the queue full is refused with 503 and Retry-After.
 * Plain Java: the service wires it with configuration ({@link MinutesParsing}).
 */
public final class BoundedParsing implements AutoCloseable {

    /** Seconds a client is asked to wait before trying again when every parser is busy. */
    static final int RETRY_AFTER_SECONDS = 5;

    private final ThreadPoolExecutor pool;
    private final Duration budget;

    /**
     * @param threads documents parsed at once
     * @param queue   documents waiting for a parser; beyond that, 503
     * @param budget  how long one document may take
     */
    public BoundedParsing(int threads, int queue, Duration budget) {
        BlockingQueue<Runnable> waiting = queue == 0 ? new SynchronousQueue<>() : new ArrayBlockingQueue<>(queue);
        AtomicInteger count = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.SECONDS, waiting, task -> {
            Thread thread = new Thread(task, "minutes-parser-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        this.budget = budget;
    }

    /**
     * @return the parser's result, or a rejection that says why the document could not be read
     * @throws ProblemException unavailable (503, Retry-After) when every parser is busy and the queue is full
     */
    public ParseResult parse(Supplier<ParseResult> parsing) {
        Future<ParseResult> result;
        try {
            result = pool.submit(parsing::get);
        } catch (RejectedExecutionException busy) {
            throw new ProblemException(ProblemType.UNAVAILABLE, "Every parser is busy with other documents; "
                    + "nothing was stored. Send it again in a few seconds.")
                    .withHeader("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
        }
        try {
            return result.get(budget.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException tooLong) {
            // A parse that ignores the interruption keeps its thread until it ends: the pool stays bounded either way.
            result.cancel(true);
            return ParseResult.rejected("Reading the document took longer than the budget of " + budget.toSeconds()
                    + " s; it was kept, but not read.");
        } catch (ExecutionException failed) {
            Throwable cause = failed.getCause();
            return ParseResult.rejected("The parser could not read this document (" + cause.getClass().getSimpleName()
                    + (cause.getMessage() == null ? "" : ": " + cause.getMessage()) + ").");
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            result.cancel(true);
            throw new IllegalStateException("interrupted while waiting for the parser", interrupted);
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
