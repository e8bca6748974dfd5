package dk.sagsspor.benchmarks.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.sagsspor.minutes.AgendaItem;
import dk.sagsspor.minutes.MinutesParser;
import dk.sagsspor.minutes.ParseResult;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generated minutes parse, with the real parser, to exactly what the generator meant them to say. */
class CorpusGeneratorTest {

    private static final int MINUTES = 120;

    @Test
    void everyDocumentParsesToWhatTheGeneratorWrote() {
        CorpusGenerator.Corpus corpus = new CorpusGenerator(13).generate(MINUTES);
        MinutesParser parser = new MinutesParser();

        assertEquals(MINUTES, corpus.documents().size());
        for (GeneratedMinutes minutes : corpus.documents()) {
            ParseResult parsed = parser.parse(minutes.bytes());
            String where = minutes.fileName();
            assertFalse(parsed.isRejected(), where + ": " + parsed.reason());
            assertEquals(minutes.bodyId(), parsed.body().id(), where);
            assertEquals(minutes.date(), parsed.startsAt().toLocalDate(), where);
            List<AgendaItem> cases = parsed.items().stream().filter(i -> i.caseNumber() != null).toList();
            assertEquals(minutes.items().size(), cases.size(), where);
            for (int i = 0; i < cases.size(); i++) {
                assertEquals(minutes.items().get(i), asGenerated(cases.get(i)), where + " item " + cases.get(i).number());
            }
        }
    }

    @Test
    void theExpectedTimelinesTellEveryCasesStory() {
        CorpusGenerator.Corpus corpus = new CorpusGenerator(13).generate(MINUTES);
        Map<String, ExpectedTimeline> timelines = corpus.timelines().stream()
                .collect(Collectors.toMap(ExpectedTimeline::caseNumber, Function.identity()));

        // Each decision in the documents is a step of its case's timeline, on the day and at the body it was taken.
        long steps = corpus.timelines().stream().mapToLong(t -> t.steps().size()).sum();
        long directorate = corpus.timelines().stream().flatMap(t -> t.steps().stream())
                .filter(s -> s.body().equals("dir")).count();
        assertEquals(corpus.decisions() + directorate, steps);
        for (GeneratedMinutes minutes : corpus.documents()) {
            for (GeneratedMinutes.Item item : minutes.items()) {
                assertTrue(timelines.get(item.caseNumber()).steps().contains(
                        new ExpectedTimeline.Step(minutes.date(), minutes.bodyId(), item.outcome())));
            }
        }
        // The corpus has what a benchmark needs: routes of 2-6 bodies, postponements, every status.
        assertTrue(corpus.timelines().stream().allMatch(t -> t.plannedRoute().size() >= 2 && t.plannedRoute().size() <= 6));
        assertEquals(Set.of(2, 3, 4, 5, 6), corpus.timelines().stream().map(t -> t.plannedRoute().size())
                .collect(Collectors.toSet()));
        assertEquals(Set.of("IN_PROGRESS", "POSTPONED", "CONCLUDED"), corpus.timelines().stream()
                .map(ExpectedTimeline::status).collect(Collectors.toSet()));
    }

    @Test
    void theSameSeedGivesTheSameCorpusAndAnotherSeedAnother(@TempDir Path dir) throws Exception {
        CorpusGenerator.Corpus once = new CorpusGenerator(7).generate(30);
        assertEquals(once, new CorpusGenerator(7).generate(30));
        assertNotEquals(once, new CorpusGenerator(8).generate(30));

        CorpusFiles.write(once, dir);
        assertEquals(once.timelines(), CorpusFiles.expected(dir));
        assertEquals(once.documents().stream().map(GeneratedMinutes::fileName).sorted().toList(),
                CorpusFiles.documents(dir).stream().map(p -> p.getFileName().toString()).toList());
    }

    /** The parsed item in the generator's terms. */
    private static GeneratedMinutes.Item asGenerated(AgendaItem item) {
        return new GeneratedMinutes.Item(item.caseNumber(), item.title(), item.outcome().name(), item.plannedRoute(),
                item.history().stream().map(h -> new ExpectedTimeline.Step(h.date(), h.body().id(), h.outcome().name()))
                        .toList());
    }
}
