package dk.sagsspor.meetings.service;

import dk.sagsspor.outbox.AfterTransaction;
import dk.sagsspor.problems.AnswerCache;
import dk.sagsspor.problems.HttpCaching;
import dk.sagsspor.problems.HttpCaching.Written;
import dk.sagsspor.problems.ListPage;
import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Search pages, written once and kept for the next reader of the same request: a few searches (a building, a
 * strategy, this week's topic) are asked over and over, and each costs the database a pass over every match to rank
 * and count them, and the service the writing of fifty hits with their snippets and links. All pages are forgotten
 * when this instance stores or withdraws a meeting (once that commits), and any page after {@code max-age}, as long as
 * {@link HttpCaching#CACHE_CONTROL} lets any cache keep it: another instance may have stored a meeting this
 * instance's consumer never sees.
 */
@ApplicationScoped
public class SearchAnswers {

    /** {@code sagsspor.meetings.search-answers.*}: how much memory kept pages may take, and how old they may grow. */
    @ConfigMapping(prefix = "sagsspor.meetings.search-answers")
    public interface Config {
        /** 0 keeps none. A page of fifty hits is about 35 KB. */
        @WithDefault("16M")
        MemorySize maxBytes();

        @WithDefault("60s")
        Duration maxAge();
    }

    /** A page as written: its JSON, and the list headers beside it. */
    public record Page(Written written, long total, String link) {

        public static Page of(ListPage<?> page, Written written) {
            return new Page(written, page.total(), page.linkHeader());
        }

        long size() {
            return written.size() + 2L * link.length();
        }
    }

    private final AnswerCache<String, Page> pages;
    private final TransactionSynchronizationRegistry transactions;

    SearchAnswers(Config config, TransactionSynchronizationRegistry transactions) {
        this.pages = new AnswerCache<>(config.maxBytes().asLongValue(), config.maxAge(), Page::size);
        this.transactions = transactions;
    }

    /**
     * The page kept for this request (the key: its words, page and size as asked, which its links repeat), or the one
     * {@code write} gives, kept unless {@code fresh}.
     */
    public Page page(String key, boolean fresh, Supplier<Page> write) {
        return fresh ? write.get() : pages.get(key, () -> Optional.of(write.get())).orElseThrow();
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
