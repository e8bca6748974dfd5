package dk.sagsspor.benchmarks.corpus;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The corpus from the command line (benchmarks/pipeline.sh uses it):
 *
 * <pre>
 * generate SEED MINUTES DIR         write the documents and expected-timelines.json
 * post INGEST_URL DIR [THREADS]     POST every document (exit 1 if any is refused)
 * check CASES_URL DIR [WAIT_SECONDS] compare every timeline, again until they match or the wait is over; prints
 *                                     when cases-service last changed a case, once all are right (lastChange)
 * </pre>
 */
public final class CorpusTool {

    private CorpusTool() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: generate SEED MINUTES DIR | post INGEST_URL DIR [THREADS] | check CASES_URL DIR [WAIT_SECONDS]");
            System.exit(2);
        }
        int status = switch (args[0]) {
            case "generate" -> generate(Long.parseLong(args[1]), Integer.parseInt(args[2]), Path.of(args[3]));
            case "post" -> post(args[1], Path.of(args[2]), args.length > 3 ? Integer.parseInt(args[3]) : 4,
                    System.getenv("SAGSSPOR_TOKEN"));
            case "check" -> check(args[1], Path.of(args[2]), args.length > 3 ? Long.parseLong(args[3]) : 0);
            default -> throw new IllegalArgumentException("unknown command " + args[0]);
        };
        System.exit(status);
    }

    private static int generate(long seed, int minutes, Path dir) throws Exception {
        CorpusGenerator.Corpus corpus = new CorpusGenerator(seed).generate(minutes);
        CorpusFiles.write(corpus, dir);
        System.out.printf("minutes=%d decisions=%d cases=%d dir=%s%n", corpus.documents().size(), corpus.decisions(),
                corpus.timelines().size(), dir);
        return 0;
    }

    /**
     * Posts the documents in meeting order, {@code threads} at a time (a case's later minutes may overtake its
     * earlier ones; the timelines do not depend on the order).
     *
     * @param token a bearer token with the role documents:write (null: none)
     * @return 0 when every document was taken (201, or 200 for one taken before), else 1
     */
    public static int post(String ingestUrl, Path dir, int threads, String token) throws Exception {
        List<Path> documents = CorpusFiles.documents(dir);
        AtomicInteger refused = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> posted = documents.stream().<Future<?>>map(file -> pool.submit(() -> {
                HttpResponse<String> response = SagssporHttp.postDocument(ingestUrl, Files.readAllBytes(file), token);
                if (response.statusCode() != 201 && response.statusCode() != 200) {
                    refused.incrementAndGet();
                    System.err.println(file.getFileName() + ": HTTP " + response.statusCode() + " " + response.body());
                }
                return null;
            })).toList();
            for (Future<?> each : posted) {
                each.get();
            }
        } finally {
            pool.shutdown();
        }
        System.out.printf("posted=%d refused=%d%n", documents.size(), refused.get());
        return refused.get() == 0 ? 0 : 1;
    }

    private static int check(String casesUrl, Path dir, long waitSeconds) throws Exception {
        List<ExpectedTimeline> expected = CorpusFiles.expected(dir);
        TimelineCheck check = new TimelineCheck(casesUrl);
        long deadline = System.nanoTime() + Duration.ofSeconds(waitSeconds).toNanos();
        // One case is waited for at a time: the first not yet right is asked again every 200 ms until it is, and the
        // check goes on from there. A case that matched stays matched once every document is in. Asking every case
        // still wrong again each round made the check itself a load on cases-service while it was catching up (in a
        // JFR profile of a 2,000-minute run, answering the check took about a tenth of cases-service's CPU samples).
        // And none is read before cases-service has stopped changing them (TimelineCheck#awaitQuiet).
        // pipeline.sh counts the pipeline's CPU to the "quiet:" line.
        System.out.println(check.awaitQuiet(deadline)
                ? "quiet: no case changed for " + TimelineCheck.QUIET.toSeconds() + " s; comparing every timeline"
                : "not quiet before the deadline; comparing every timeline");
        System.out.flush();
        int right = 0;
        while (right < expected.size()) {
            if (check.mismatch(expected.get(right)).isEmpty()) {
                right++;
            } else if (System.nanoTime() < deadline) {
                Thread.sleep(200);
            } else {
                break;
            }
        }
        Map<ExpectedTimeline, String> wrong = check.mismatches(expected.subList(right, expected.size()));
        wrong.values().stream().limit(5).forEach(System.err::println);
        System.out.printf("cases=%d mismatched=%d lastChange=%s%n", expected.size(), wrong.size(),
                wrong.isEmpty() ? check.newestChange().map(t -> t.toInstant().toString()).orElse("-") : "-");
        return wrong.isEmpty() ? 0 : 1;
    }
}
