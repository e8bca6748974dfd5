package dk.sagsspor.cases.service;

import dk.sagsspor.cases.service.CaseQueries.CaseSummary;
import dk.sagsspor.outbox.AfterTransaction;
import dk.sagsspor.problems.AnswerCache;
import dk.sagsspor.problems.Found;
import dk.sagsspor.problems.HttpCaching.Gzipped;
import dk.sagsspor.problems.HttpCaching.Written;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.quarkus.runtime.configuration.MemorySize;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * {@code GET /cases/{n}}'s answers, kept in memory until the case changes: a case is read far more often than decided.
 * Below these, the answers stored by {@link CaseAnswerWriter}: a miss here is one indexed read there, or, while the
 * case's stored answer is due, the answer written from its view. The pages of the case list are kept too (what the database gave for a filter and page; links and
 * headers are written per request), and forgotten whenever any case changes. An answer is forgotten
 * <ul>
 *   <li>when this instance changes the case, once that change is committed;</li>
 *   <li>when any instance's change of it is published on case-updated ({@link CaseUpdatesBroadcaster} reads those
 *   from the shared outbox table, about every half second);</li>
 *   <li>all of them, when this instance hears of a meeting (a step's meeting link may change);</li>
 *   <li>at the latest after {@code max-age}, for a meeting only another instance heard of.</li>
 * </ul>
 */
@ApplicationScoped
public class CaseAnswers {

    /** {@code sagsspor.cases.answers.*}: how much memory the kept answers may take, and how old they may grow. */
    @ConfigMapping(prefix = "sagsspor.cases.answers")
    public interface Config {
        /**
         * 0 keeps none. 16 MB holds the answers of about twelve thousand cases. 8 MB (a miss is one indexed read of
         * the stored answer now, {@link CaseAnswerWriter}) left RSS the same at 100,000 cases, and at 10,000 cases
         * its misses kept replacing answers in the old generation: p99 55 ms and 63 % of /q/health/live, against
         * 6 ms and 111 % with 16 MB.
         */
        @WithDefault("16M")
        MemorySize maxBytes();

        /**
         * As old as {@link dk.sagsspor.problems.HttpCaching#CACHE_CONTROL} lets any cache keep an answer. Shorter made
         * every case's answer be written again that often: at 10,000 cases and 10 s, a thousand writes a second.
         */
        @WithDefault("60s")
        Duration maxAge();

        /**
         * How often {@link CaseAnswerWriter} looks for answers due (stored answers, unlike these, are shared by every
         * instance); application.properties sets it, for the writer's schedule reads it from there.
         */
        Duration writeInterval();
    }

    /** Roughly what a line of the list takes in memory. */
    private static final long LISTED_CASE_BYTES = 320;

    /**
     * Once the memory is full, one answer in 64 read from the database is kept. Reads spread evenly over 100,000 cases
     * (about a seventh of which fit) otherwise replaced a kept answer with nearly every read: the replaced ones filled
     * the old generation, and its full collections were the p99 of GET /cases/{n}. One in eight still made one or two
     * full collections in each 15 s of such reads and a p99 of 12.7-20 ms (30 ms in a whole pipeline run); one in 64
     * none, and 9-13 ms (docs/performance.md). A case read often still gets in, after about 64 of its reads (every
     * miss has the same chance), seconds at a busy case's pace; until then its stored answer costs one indexed read.
     */
    private static final int ADMIT_WHEN_FULL = 64;

    /** Kept gzipped: ten thousand cases' answers fit in about 10 MB instead of 70. */
    private final AnswerCache<String, Gzipped> kept;
    /**
     * An eighth of the budget: a few filters are read over and over (the front page, a committee's cases), and each
     * page is small; the rest holds the answers of about twelve thousand cases.
     */
    private final AnswerCache<String, Found<CaseSummary>> pages;
    private final TransactionSynchronizationRegistry transactions;

    CaseAnswers(Config config, TransactionSynchronizationRegistry transactions) {
        long budget = config.maxBytes().asLongValue();
        this.kept = new AnswerCache<>(budget - budget / 8, config.maxAge(), Gzipped::size, ADMIT_WHEN_FULL);
        this.pages = new AnswerCache<>(budget / 8, config.maxAge(),
                page -> 64 + page.items().size() * LISTED_CASE_BYTES);
        this.transactions = transactions;
    }

    /** The case's kept answer, or the one {@code read} gives (empty: no such case). */
    public Optional<Written> answer(String caseNumber, Supplier<Optional<Gzipped>> read) {
        return kept.get(caseNumber, read).map(Gzipped::written);
    }

    /** A kept page of the list for this filter and page (the key says which), or what {@code read} gives. */
    public Found<CaseSummary> page(String key, Supplier<Found<CaseSummary>> read) {
        return pages.get(key, () -> Optional.of(read.get())).orElseThrow();
    }

    /** A change of the case was published (by any instance). */
    public void forget(String caseNumber) {
        kept.forget(caseNumber);
        pages.forgetAll();
    }

    /** The current transaction changes these cases: their answers are forgotten once it ends. */
    public void forgetAfterCommit(Collection<String> caseNumbers) {
        List<String> changed = List.copyOf(caseNumbers);
        afterCompletion(() -> {
            changed.forEach(kept::forget);
            pages.forgetAll();
        });
    }

    /** Every kept answer is stale (e.g. the tables were emptied). */
    public void forgetAll() {
        kept.forgetAll();
        pages.forgetAll();
    }

    /** The current transaction changes what every answer may link (a meeting): all are forgotten once it ends. */
    public void forgetAllAfterCommit() {
        afterCompletion(kept::forgetAll);
    }

    private void afterCompletion(Runnable forgetting) {
        AfterTransaction.run(transactions, forgetting);
    }
}
