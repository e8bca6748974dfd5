package dk.sagsspor.benchmarks;

import dk.sagsspor.minutes.MinutesParser;
import dk.sagsspor.minutes.ParseResult;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * How fast {@link MinutesParser#parse(byte[])} reads a seed document, next to a baseline that only decodes the same
 * bytes as UTF-8 and reads them line by line. Both report operations per second (one operation = one whole document)
 * and, through {@link Bytes}, input bytes per second, so MB/s can be read straight off the secondary "bytes" metric.
 *
 * <p>The seeds are read once per trial from {@code -Dsagsspor.seeds=DIR} (default {@code ../shared/seeds} beside the
 * repository root); seed 003 is a document that is not minutes and is left out.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ParserThroughputBenchmark {

    @Param({"000", "001", "002", "004"})
    public String seed;

    private byte[] content;
    private MinutesParser parser;

    /** Input bytes consumed per operation; JMH turns the count into a rate (bytes/s) per iteration. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Bytes {
        public long bytes;

        @Setup(Level.Iteration)
        public void reset() {
            bytes = 0;
        }
    }

    @Setup(Level.Trial)
    public void load() {
        content = SeedFiles.bytes(seed);
        parser = new MinutesParser();
        // Measuring the rejection path would be fast and meaningless: make sure the seed still parses as minutes.
        ParseResult check = parser.parse(content);
        if (check.isRejected() || check.items().isEmpty()) {
            throw new IllegalStateException("Seed " + seed + " does not parse as minutes with items ("
                    + check.kind() + (check.reason() == null ? "" : ": " + check.reason()) + ")");
        }
    }

    @Benchmark
    public ParseResult parse(Bytes counter) {
        counter.bytes += content.length;
        return parser.parse(content);
    }

    /** Baseline: UTF-8 decoding plus splitting into lines, counting lines and characters. */
    @Benchmark
    public long lineByLineRead(Bytes counter) {
        counter.bytes += content.length;
        String text = new String(content, StandardCharsets.UTF_8);
        long lines = 0;
        long chars = 0;
        try (BufferedReader reader = new BufferedReader(new StringReader(text))) {
            String line;
            while ((line = reader.readLine()) != null) {
                lines++;
                chars += line.length();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines + chars;
    }
}
