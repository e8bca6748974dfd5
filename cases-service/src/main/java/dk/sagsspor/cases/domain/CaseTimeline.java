package dk.sagsspor.cases.domain;

import dk.sagsspor.cases.domain.CaseView.Step;
import dk.sagsspor.cases.domain.CaseView.StepSource;
import dk.sagsspor.cases.domain.CaseView.TitlePeriod;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Builds a case's timeline from everything the documents say about it. A pure function of the set of statements,
 * so the result does not depend on the order in which documents arrive.
 *
 * <ul>
 * <li>One step per (date, body), carrying every source that mentions it; the body's own minutes (AGENDA_ITEM) speak
 *     for the step, else the newest document's history. Sources that disagree mark the step {@code conflict}.</li>
 * <li>The planned route is the newest document's that states one; {@code pending} is what comes after the furthest
 *     body of the route reached so far.</li>
 * <li>Status: POSTPONED while the latest step is a postponement; CONCLUDED once the route's last body has decided
 *     (anything but POSTPONED, DISCUSSED or no decision); IN_PROGRESS otherwise.</li>
 * </ul>
 */
public final class CaseTimeline {

    private static final Set<String> NOT_A_CONCLUSION = Set.of("POSTPONED", "DISCUSSED", "NONE");
    private static final Comparator<Evidence> SOURCE_ORDER = Comparator
            .comparing((Evidence e) -> e.kind() != SourceKind.AGENDA_ITEM)
            .thenComparing(Evidence::meetingDate)
            .thenComparing(Evidence::meetingId)
            .thenComparingInt(Evidence::itemNumber);

    private CaseTimeline() {
    }

    public static CaseView of(String caseNumber, Collection<CaseStatement> statements) {
        List<CaseStatement> oldestFirst = statements.stream()
                .sorted(Comparator.comparing(CaseStatement::meetingDate).thenComparing(CaseStatement::meetingId)
                        .thenComparingInt(CaseStatement::itemNumber))
                .toList();
        if (oldestFirst.isEmpty()) {
            throw new IllegalArgumentException("a case needs at least one statement: " + caseNumber);
        }
        List<String> route = plannedRoute(oldestFirst);
        Map<String, String> seenNames = new HashMap<>();
        oldestFirst.forEach(s -> s.evidence().forEach(e -> seenNames.putIfAbsent(e.bodyId(), e.bodyName())));

        List<Step> steps = steps(oldestFirst, route, seenNames);
        List<Committee> plannedRoute = route.stream().map(id -> Committee.of(id, seenNames.get(id))).toList();
        List<Committee> pending = pending(plannedRoute, steps);
        CaseStatement newest = oldestFirst.get(oldestFirst.size() - 1);
        return new CaseView(caseNumber, newest.title(), titles(oldestFirst), status(route, steps), plannedRoute,
                pending.isEmpty() ? null : pending.get(0), pending,
                steps.isEmpty() ? null : steps.get(steps.size() - 1).date(), steps);
    }

    private static List<String> plannedRoute(List<CaseStatement> oldestFirst) {
        for (int i = oldestFirst.size() - 1; i >= 0; i--) {
            if (!oldestFirst.get(i).plannedRoute().isEmpty()) {
                return oldestFirst.get(i).plannedRoute();
            }
        }
        return List.of();
    }

    private record StepKey(LocalDate date, String bodyId) {
    }

    private static List<Step> steps(List<CaseStatement> statements, List<String> route, Map<String, String> names) {
        Map<StepKey, List<Evidence>> byStep = new HashMap<>();
        statements.forEach(s -> s.evidence().forEach(e ->
                byStep.computeIfAbsent(new StepKey(e.date(), e.bodyId()), k -> new ArrayList<>()).add(e)));
        Comparator<StepKey> chronological = Comparator.comparing(StepKey::date)
                .thenComparingInt(k -> routeIndex(route, k.bodyId()))
                .thenComparing(StepKey::bodyId);
        return byStep.entrySet().stream()
                .sorted(Map.Entry.comparingByKey(chronological))
                .map(entry -> step(entry.getKey(), entry.getValue(), route, names))
                .toList();
    }

    private static Step step(StepKey key, List<Evidence> evidence, List<String> route, Map<String, String> names) {
        List<Evidence> sources = evidence.stream().sorted(SOURCE_ORDER).toList();
        Evidence speaker = sources.get(0).kind() == SourceKind.AGENDA_ITEM ? sources.get(0) : sources.get(sources.size() - 1);
        long distinctTexts = sources.stream().map(e -> normalised(e.decisionText())).distinct().count();
        Set<String> absentees = new LinkedHashSet<>();
        sources.forEach(e -> absentees.addAll(e.absentees()));
        return new Step(key.date(), Committee.of(key.bodyId(), names.get(key.bodyId())), speaker.decisionText(),
                speaker.outcome(), List.copyOf(absentees), distinctTexts > 1, !route.contains(key.bodyId()),
                sources.stream().map(e -> new StepSource(e.documentId(), e.meetingId(), e.itemNumber(), e.kind(),
                        e.decisionText())).toList());
    }

    private static List<TitlePeriod> titles(List<CaseStatement> oldestFirst) {
        Map<String, LocalDate[]> periods = new LinkedHashMap<>();
        for (CaseStatement s : oldestFirst) {
            LocalDate[] period = periods.computeIfAbsent(s.title(), t -> new LocalDate[] {s.meetingDate(), s.meetingDate()});
            period[1] = s.meetingDate();
        }
        return periods.entrySet().stream().map(e -> new TitlePeriod(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
    }

    private static List<Committee> pending(List<Committee> route, List<Step> steps) {
        int furthest = -1;
        for (int i = 0; i < route.size(); i++) {
            String id = route.get(i).id();
            if (steps.stream().anyMatch(s -> s.committee().id().equals(id))) {
                furthest = i;
            }
        }
        return List.copyOf(route.subList(furthest + 1, route.size()));
    }

    private static CaseStatus status(List<String> route, List<Step> steps) {
        if (steps.isEmpty()) {
            return CaseStatus.IN_PROGRESS;
        }
        if ("POSTPONED".equals(steps.get(steps.size() - 1).outcome())) {
            return CaseStatus.POSTPONED;
        }
        if (!route.isEmpty()) {
            String last = route.get(route.size() - 1);
            boolean decided = steps.stream().anyMatch(s -> s.committee().id().equals(last)
                    && !NOT_A_CONCLUSION.contains(Objects.requireNonNullElse(s.outcome(), "NONE")));
            if (decided) {
                return CaseStatus.CONCLUDED;
            }
        }
        return CaseStatus.IN_PROGRESS;
    }

    private static int routeIndex(List<String> route, String bodyId) {
        int index = route.indexOf(bodyId);
        return index < 0 ? Integer.MAX_VALUE : index;
    }

    private static String normalised(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ");
    }
}
