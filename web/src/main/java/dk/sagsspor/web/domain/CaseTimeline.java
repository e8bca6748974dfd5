package dk.sagsspor.web.domain;

import dk.sagsspor.municipal.DanishDates;
import io.quarkus.qute.TemplateData;
import java.time.LocalDate;
import java.util.List;

/** A case as its page shows it: its route drawn from its plan and its steps, then the steps themselves. */
@TemplateData
public record CaseTimeline(String caseNumber, String title, Label status, Committee nextCommittee,
                           List<RouteStop> route, List<Step> steps, LocalDate lastActivity) {

    public String writtenLastActivity() {
        return lastActivity == null ? "" : DanishDates.written(lastActivity);
    }

    public Step latestStep() {
        return steps.isEmpty() ? null : steps.get(steps.size() - 1);
    }
}
