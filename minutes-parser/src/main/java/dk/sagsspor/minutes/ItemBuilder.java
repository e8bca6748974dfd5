package dk.sagsspor.minutes;

import dk.sagsspor.minutes.internal.classify.NameLists;
import dk.sagsspor.minutes.internal.classify.SectionKind;
import dk.sagsspor.minutes.internal.text.Paragraphs;
import dk.sagsspor.municipal.BodyRegistry;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Collects what the minutes say about one agenda item while the parser walks through it. */
final class ItemBuilder {

    private final int number;
    private final String title;
    private final int firstLine;
    private int lastLine;
    private String caseNumber;
    private Paragraphs decision;
    private final List<String> absentees = new ArrayList<>();
    private final Map<SectionKind, Paragraphs> sections = new EnumMap<>(SectionKind.class);
    private final StringBuilder route = new StringBuilder();
    private final List<HistoryStepBuilder> history = new ArrayList<>();
    private final List<String> attachments = new ArrayList<>();

    ItemBuilder(int number, String title, int firstLine) {
        this.number = number;
        this.title = title;
        this.firstLine = firstLine;
        this.lastLine = firstLine;
    }

    void extendTo(int line) {
        lastLine = Math.max(lastLine, line);
    }

    boolean hasCaseNumber() {
        return caseNumber != null;
    }

    void caseNumber(String caseNumber) {
        this.caseNumber = caseNumber;
    }

    void startDecision() {
        if (decision == null) {
            decision = new Paragraphs();
        }
    }

    void addDecisionText(String text) {
        startDecision();
        decision.add(text);
    }

    void addAbsentees(List<String> names) {
        absentees.addAll(names);
    }

    void addSectionText(SectionKind kind, String text) {
        sections.computeIfAbsent(kind, k -> new Paragraphs()).add(text);
    }

    void addRouteText(String text) {
        route.append(route.length() == 0 ? "" : " ").append(text);
    }

    void startHistoryStep(HistoryStepBuilder step) {
        history.add(step);
    }

    HistoryStepBuilder currentHistoryStep() {
        return history.isEmpty() ? null : history.get(history.size() - 1);
    }

    void addAttachment(String line) {
        if (!line.isBlank()) {
            attachments.add(line.strip());
        }
    }

    AgendaItem build() {
        String decisionText = decision == null ? null : decision.text();
        List<String> plannedRoute = NameLists.split(route.toString()).stream().map(BodyRegistry::idOf).toList();
        return new AgendaItem(number, title, null, caseNumber, decisionText, OutcomeClassifier.classify(decisionText),
                absentees, sections(), plannedRoute, history.stream().map(HistoryStepBuilder::build).toList(),
                attachments, new SourceLines(firstLine, lastLine));
    }

    private Sections sections() {
        return new Sections(text(SectionKind.RESUME), text(SectionKind.INDSTILLINGER),
                text(SectionKind.SAGSFREMSTILLING), text(SectionKind.OEKONOMISKE_KONSEKVENSER));
    }

    private String text(SectionKind kind) {
        Paragraphs paragraphs = sections.get(kind);
        return paragraphs == null ? null : paragraphs.text();
    }
}
