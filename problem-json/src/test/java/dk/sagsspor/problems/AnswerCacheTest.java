package dk.sagsspor.problems;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class AnswerCacheTest {

    private final AtomicLong now = new AtomicLong();
    private final AtomicInteger loads = new AtomicInteger();
    private final AnswerCache<String, String> cache = new AnswerCache<>(12, Duration.ofSeconds(5), String::length, 1,
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
    void onceFullOnlyEveryNthAnswerLoadedIsKept() {
        AnswerCache<String, String> everyThird = new AnswerCache<>(12, Duration.ofSeconds(5), String::length, 3,
                now::get);
        everyThird.get("a", () -> Optional.of("aaaa"));
        everyThird.get("b", () -> Optional.of("bbbb")); // full now: 2 × (4 + 2)
        // Loaded while full: the 1st is kept (a goes), the 2nd and 3rd are answered but not kept, the 4th is kept.
        List<String> kept = new ArrayList<>();
        for (String key : List.of("c", "d", "e", "f")) {
            assertEquals(Optional.of(key.repeat(4)), everyThird.get(key, () -> Optional.of(key.repeat(4))));
            kept.add(key + "=" + everyThird.get(key, () -> Optional.of("loaded again")).orElseThrow());
        }
        assertEquals(List.of("c=cccc", "d=loaded again", "e=loaded again", "f=ffff"), kept);
        assertEquals(2, everyThird.size());
    }

    @Test
    void whileThereIsRoomEveryAnswerIsKeptWhateverTheAdmission() {
        AnswerCache<String, String> everyThird = new AnswerCache<>(12, Duration.ofSeconds(5), String::length, 3,
                now::get);
        everyThird.get("a", () -> Optional.of("aaaa"));
        everyThird.get("b", () -> Optional.of("bbbb"));
        assertEquals(Optional.of("aaaa"), everyThird.get("a", () -> Optional.of("-")));
        assertEquals(Optional.of("bbbb"), everyThird.get("b", () -> Optional.of("-")));
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
