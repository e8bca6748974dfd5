package dk.sagsspor.problems;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class AnswerCacheTest {

    private final AtomicLong now = new AtomicLong();
    private final AtomicInteger loads = new AtomicInteger();
    private final AnswerCache<String, String> cache = new AnswerCache<>(12, Duration.ofSeconds(5), String::length,
            now::get);

    private Optional<String> read(String key, String answer) {
        return cache.get(key, () -> {
            loads.incrementAndGet();
            return Optional.ofNullable(answer);
        });
    }

    @Test
    void aKeptAnswerIsNotLoadedAgain() {
        assertEquals(Optional.of("abc"), read("a", "abc"));
        assertEquals(Optional.of("abc"), read("a", "changed"));
        assertEquals(1, loads.get());
    }

    @Test
    void aForgottenAnswerIsLoadedAgain() {
        read("a", "abc");
        cache.forget("a");
        assertEquals(Optional.of("new"), read("a", "new"));
        cache.forgetAll();
        assertEquals(Optional.of("newer"), read("a", "newer"));
        assertEquals(3, loads.get());
    }

    @Test
    void anAnswerTooOldIsLoadedAgain() {
        read("a", "abc");
        now.addAndGet(Duration.ofSeconds(4).toNanos());
        assertEquals(Optional.of("abc"), read("a", "x"));
        now.addAndGet(Duration.ofSeconds(1).toNanos());
        assertEquals(Optional.of("x"), read("a", "x"));
    }

    @Test
    void notFoundIsNotKept() {
        assertEquals(Optional.empty(), read("a", null));
        assertEquals(Optional.of("abc"), read("a", "abc"));
        assertEquals(2, loads.get());
    }

    @Test
    void theLeastRecentlyReadGoWhenTheBytesRunOut() {
        read("a", "aaaa");
        read("b", "bbbb");
        read("a", "-");
        read("c", "cccc");
        assertEquals(12, cache.bytes());  // two answers of 4 and their keys of 1 character (2 bytes)
        assertEquals(Optional.of("aaaa"), read("a", "-"));
        assertEquals(Optional.of("b2"), read("b", "b2"));
    }

    @Test
    void anAnswerLargerThanTheWholeBudgetIsNotKept() {
        read("a", "12345678901");  // 11 + 2 for the key
        assertEquals(0, cache.size());
    }

    @Test
    void longKeysCountAgainstTheBudget() {
        read("a-very-long-key", "x");
        assertEquals(0, cache.size());
    }

    @Test
    void anAnswerLoadedWhileItsKeyWasForgottenIsReturnedButNotKept() {
        Optional<String> raced = cache.get("a", () -> {
            cache.forget("a");  // a change committed while the old answer was being read
            return Optional.of("old");
        });
        assertEquals(Optional.of("old"), raced);
        assertEquals(Optional.of("new"), read("a", "new"));
    }
}
