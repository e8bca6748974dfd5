package dk.sagsspor.benchmarks.corpus;

import java.time.LocalDate;
import java.util.List;

/**
 * What cases-service must show for one generated case once every document is in: its title, status, planned route
 * (body ids, in order) and steps (one per meeting that acted on it, oldest first). Written beside the documents as
 * JSON ({@code expected-timelines.json}) and compared with {@code GET /cases/{n}} by {@link TimelineCheck}.
 */
public record ExpectedTimeline(String caseNumber, String title, String status, List<String> plannedRoute,
                               List<Step> steps) {

    /** A body acting on the case on a day: its id and the outcome the minutes' decision text gives. */
    public record Step(LocalDate date, String body, String outcome) {
    }
}
