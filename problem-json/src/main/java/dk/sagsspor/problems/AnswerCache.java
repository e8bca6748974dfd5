package dk.sagsspor.problems;

import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

/**
 * Answers already written, by key, for resources read far more often than they change (a case is read thousands of
 * times between two decisions). Plain Java: the services say when an answer is stale ({@link #forget},
 * {@link #forgetAll}) and how much memory the answers may take.
 *
 * <ul>
 *   <li>Bounded in bytes (answers and keys): past {@code maxBytes} the least recently used answers go.</li>
 *   <li>Optionally, once full, only every {@code admitWhenFull}-th answer loaded is kept (the others are answered and
 *   dropped): reads spread over far more keys than fit would otherwise replace an answer with every miss, and the
 *   replaced ones fill the old generation of the heap with garbage (full collections, each a pause of every request).
 *   Every miss has the same chance, so an answer read often still gets in, after about {@code admitWhenFull} of its
 *   misses.</li>
 *   <li>Bounded in age: an answer older than {@code maxAge} is written again, for what no event tells this instance
 *   of (a change seen only by another instance).</li>
 *   <li>No lost forgetting: an answer read while its key was forgotten is returned but not kept, since it may have
 *   been read before the change it was forgotten for.</li>
 * </ul>
 *
 * @param <K> the key, e.g. a case number
 * @param <V> the answer, e.g. {@link HttpCaching.Written}
 */
public final class AnswerCache<K, V> {

    private record Kept<V>(V answer, long bytes, long keptAt) {
    }

    private final long maxBytes;
    private final long maxAgeNanos;
    private final ToLongFunction<V> sizeOf;
    private final LongSupplier clock;
    private final int admitWhenFull;
    /** Answers loaded while the budget was full; every {@link #admitWhenFull}-th of them is kept. */
    private long loadedWhenFull;
    private final LinkedHashMap<K, Kept<V>> kept = new LinkedHashMap<>(256, 0.75f, true);
    private long bytes;
    /** Grows with every forgetting: a load that saw it change may have read what was forgotten. */
    private long forgettings;

    /** Keeps every answer loaded, the least recently used going first. */
    public AnswerCache(long maxBytes, Duration maxAge, ToLongFunction<V> sizeOf) {
        this(maxBytes, maxAge, sizeOf, 1);
    }

    /** Once the budget is full, keeps only every {@code admitWhenFull}-th answer loaded (1: every one). */
    public AnswerCache(long maxBytes, Duration maxAge, ToLongFunction<V> sizeOf, int admitWhenFull) {
        this(maxBytes, maxAge, sizeOf, admitWhenFull, System::nanoTime);
    }

    AnswerCache(long maxBytes, Duration maxAge, ToLongFunction<V> sizeOf, int admitWhenFull, LongSupplier clock) {
        if (admitWhenFull < 1) {
            throw new IllegalArgumentException("admitWhenFull must be 1 or more, got " + admitWhenFull);
        }
        this.maxBytes = maxBytes;
        this.maxAgeNanos = maxAge.toNanos();
        this.sizeOf = sizeOf;
        this.admitWhenFull = admitWhenFull;
        this.clock = clock;
    }

    /**
     * The kept answer for the key, or what {@code load} answers (kept, unless something was forgotten meanwhile).
     * {@code load} runs outside the cache's lock; an empty answer (not found) is not kept.
     */
    public Optional<V> get(K key, Supplier<Optional<V>> load) {
        long forgottenBefore;
        synchronized (this) {
            Kept<V> found = kept.get(key);
            if (found != null && clock.getAsLong() - found.keptAt() < maxAgeNanos) {
                return Optional.of(found.answer());
            }
            if (found != null) {
                remove(key);
            }
            forgottenBefore = forgettings;
        }
        Optional<V> loaded = load.get();
        loaded.ifPresent(answer -> keep(key, answer, forgottenBefore));
        return loaded;
    }

    /** The key's answer is stale: the next read writes it again. */
    public synchronized void forget(K key) {
        forgettings++;
        remove(key);
    }

    /** Every answer is stale. */
    public synchronized void forgetAll() {
        forgettings++;
        kept.clear();
        bytes = 0;
    }

    /** Bytes the kept answers take (as {@code sizeOf} counts them). */
    public synchronized long bytes() {
        return bytes;
    }

    public synchronized int size() {
        return kept.size();
    }

    private synchronized void keep(K key, V answer, long forgottenBefore) {
        // The key counts too: keys are taken from requests, and many long ones must not outgrow the budget.
        long size = sizeOf.applyAsLong(answer) + 2L * key.toString().length();
        if (forgettings != forgottenBefore || size > maxBytes) {
            return;
        }
        if (bytes + size > maxBytes && loadedWhenFull++ % admitWhenFull != 0) {
            return;
        }
        remove(key);
        kept.put(key, new Kept<>(answer, size, clock.getAsLong()));
        bytes += size;
        for (Iterator<Map.Entry<K, Kept<V>>> eldest = kept.entrySet().iterator(); bytes > maxBytes && eldest.hasNext(); ) {
            bytes -= eldest.next().getValue().bytes();
            eldest.remove();
        }
    }

    private void remove(K key) {
        Kept<V> gone = kept.remove(key);
        if (gone != null) {
            bytes -= gone.bytes();
        }
    }
}
