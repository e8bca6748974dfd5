package dk.sagsspor.minutes;

import dk.sagsspor.minutes.internal.classify.Classifiers;
import dk.sagsspor.minutes.internal.classify.SectionKind;
import dk.sagsspor.minutes.internal.classify.Token;
import dk.sagsspor.minutes.internal.parse.Attachments;
import dk.sagsspor.minutes.internal.text.SourceLine;
import dk.sagsspor.municipal.DanishDates;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses minutes laid out as numbered agenda items ("Punkt N: ..."), the format of the standing committees.
 *
 * <p>A small state machine: the header fields come first, then the table of contents (ignored: its titles are cut
 * off), then the items. Within an item, each section heading switches where the following paragraphs go.
 */
final class AgendaMinutesParser {

    /** Where the current item's text goes; before the first item heading, text is preamble instead. */
    private enum State { ITEM, DECISION, SECTION, ROUTE, HISTORY, ATTACHMENTS }

    private static final Classifiers CLASSIFIERS = Classifiers.agenda();

    private State state = State.ITEM;
    private SectionKind section;
    private ItemBuilder item;
    private final List<AgendaItem> items = new ArrayList<>();
    private Token.MeetingHeader header;
    private LocalDate date;
    private LocalTime time;
    private String location;
    private final List<String> attendees = new ArrayList<>();
    private final List<String> absentees = new ArrayList<>();

    /** Parsers keep state: use a new instance per document. */
    ParseResult parse(List<SourceLine> lines, boolean draftMarked) {
        for (Token token : CLASSIFIERS.tokenize(lines)) {
            accept(token);
        }
        finishItem();
        return result(draftMarked);
    }

    private void accept(Token token) {
        if (token instanceof Token.ItemHeading heading) {
            finishItem();
            item = new ItemBuilder(heading.number(), heading.title(), heading.block().firstLine());
            state = State.ITEM;
        } else if (item == null) {
            acceptInPreamble(token);
            return;
        } else if (token instanceof Token.CaseNumber caseNumber && state == State.ITEM && !item.hasCaseNumber()) {
            item.caseNumber(caseNumber.caseNumber());
        } else if (token instanceof Token.SectionHeading heading) {
            enterSection(heading.kind());
        } else if (token instanceof Token.HistoryStepHeading step && state == State.HISTORY) {
            item.startHistoryStep(new HistoryStepBuilder(step.date(), step.bodyName()));
        } else if (token instanceof Token.Absence absence && state == State.DECISION) {
            item.addAbsentees(absence.names());
        } else if (token instanceof Token.Absence absence && state == State.HISTORY && item.currentHistoryStep() != null) {
            item.currentHistoryStep().addAbsentees(absence.names());
        } else {
            acceptText(token);
        }
        item.extendTo(token.block().lastLine());
    }

    private void acceptInPreamble(Token token) {
        if (token instanceof Token.MeetingHeader h && header == null) {
            header = h;
        } else if (token instanceof Token.MeetingDate d) {
            date = d.date();
            time = d.time();
        } else if (token instanceof Token.Location l) {
            location = l.location();
        } else if (token instanceof Token.Attendees a) {
            attendees.addAll(a.names());
        } else if (token instanceof Token.Absence a) {
            absentees.addAll(a.names());
        }
        // Other preamble text (logos, page headers, the table of contents) carries no facts.
    }

    private void enterSection(SectionKind kind) {
        switch (kind) {
            case BESLUTNING -> {
                state = State.DECISION;
                item.startDecision();
            }
            case BEHANDLING -> state = State.ROUTE;
            case SAGENS_FORLOEB -> state = State.HISTORY;
            case BILAG -> state = State.ATTACHMENTS;
            default -> {
                // "Sagsfremstilling" directly followed by "Resume og sagens baggrund" is only a parent heading:
                // it collects nothing, and the real case presentation comes under the next "Sagsfremstilling".
                state = State.SECTION;
                section = kind;
            }
        }
    }

    private void acceptText(Token token) {
        switch (state) {
            case DECISION -> item.addDecisionText(token.block().prose());
            case SECTION -> item.addSectionText(section, token.block().prose());
            case ROUTE -> item.addRouteText(token.block().joined());
            case ATTACHMENTS -> Attachments.of(token.block()).forEach(item::addAttachment);
            case HISTORY -> {
                HistoryStepBuilder step = item.currentHistoryStep();
                if (step != null) {
                    step.addText(token.block().prose());
                } else {
                    item.addSectionText(SectionKind.SAGSFREMSTILLING, token.block().prose());
                }
            }
            // Text between the heading and the first section is part of the case presentation.
            default -> item.addSectionText(SectionKind.SAGSFREMSTILLING, token.block().prose());
        }
    }

    private void finishItem() {
        if (item != null) {
            items.add(item.build());
            item = null;
        }
    }

    private ParseResult result(boolean draftMarked) {
        if (header == null) {
            return ParseResult.rejected("No meeting header found: expected a line like "
                    + "'REFERAT <udvalg> d. DD-MM-YYYY' before the agenda items.");
        }
        LocalDate meetingDate = date != null ? date : header.date();
        if (meetingDate == null) {
            return ParseResult.rejected("No meeting date found: expected 'Mødedato <ugedag> d. DD. <måned> YYYY kl. HH:MM' "
                    + "or a date in the header ('REFERAT <udvalg> d. DD-MM-YYYY').");
        }
        DocumentKind kind = header.draft() || draftMarked ? DocumentKind.DRAFT_MINUTES : DocumentKind.MINUTES;
        return new ParseResult(kind, null, Bodies.resolve(header.bodyName(), meetingDate),
                DanishDates.inCopenhagen(meetingDate, time != null ? time : LocalTime.MIDNIGHT), location,
                attendees, absentees, items);
    }
}
