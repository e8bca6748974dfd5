package dk.sagsspor.benchmarks.corpus;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/**
 * One generated minutes document and what the generator put in it, to check the parser reads it so.
 *
 * @param fileName e.g. {@code 2026-02-04-tmu.txt}; files sort in meeting order
 * @param items    the items with a case number, in document order
 */
public record GeneratedMinutes(String fileName, String bodyId, LocalDate date, String text, List<Item> items) {

    public byte[] bytes() {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * An item about a case: its decision and what the "Behandling" and "Sagens forløb" sections say.
     *
     * @param history the earlier steps, oldest first
     */
    public record Item(String caseNumber, String title, String outcome, List<String> plannedRoute,
                       List<ExpectedTimeline.Step> history) {
    }
}
