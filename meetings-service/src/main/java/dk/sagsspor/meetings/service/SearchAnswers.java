package dk.sagsspor.meetings.service;

import dk.sagsspor.outbox.AfterTransaction;
import dk.sagsspor.problems.AnswerCache;
import dk.sagsspor.problems.Found;
import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Search pages as the database gave them, kept for the next reader of the same words and page: a few searches (a
 * building, a strategy, this week's topic) are asked over and over, and each costs the database a pass over every
 * match to rank and count them. Links are written per request, so a page serves any public base URL. All pages are
 * forgotten when this instance stores or withdraws a meeting (once that commits), and any page after
 * {@code max-age}: another instance may have stored one this instance's consumer never sees.
 */
@ApplicationScoped
public class SearchAnswers {

    /** {@code sagsspor.meetings.search-answers.*}: how much memory kept pages may take, and how old they may grow. */
    @ConfigMapping(prefix = "sagsspor.meetings.search-answers")
    public interface Config {
        /** 0 keeps none. */
        @WithDefault("8M")
        MemorySize maxBytes();

        @WithDefault("60s")
        Duration maxAge();
    }

    /** Roughly what a hit takes in memory besides its snippet and title. */
    private static final long HIT_BYTES = 400;

    private final AnswerCache<String, Found<SearchQueries.Hit>> pages;
    private final TransactionSynchronizationRegistry transactions;

    SearchAnswers(Config config, TransactionSynchronizationRegistry transactions) {
        this.pages = new AnswerCache<>(config.maxBytes().asLongValue(), config.maxAge(), page -> 64 + page.items()
                .stream().mapToLong(hit -> HIT_BYTES + 2L * (hit.title().length() + hit.snippet().length())).sum());
        this.transactions = transactions;
    }

    /** The kept page for this query (the key says which words and page), or what {@code read} gives. */
    Found<SearchQueries.Hit> page(String key, Supplier<Found<SearchQueries.Hit>> read) {
        return pages.get(key, () -> Optional.of(read.get())).orElseThrow();
    }

    /** The current transaction changes meetings: every kept page is forgotten once it ends. */
    public void forgetAllAfterCommit() {
        AfterTransaction.run(transactions, pages::forgetAll);
    }

    /** Every kept page is stale (e.g. the tables were emptied). */
    public void forgetAll() {
        pages.forgetAll();
    }
}
