package dk.sagsspor.minutes;

import dk.sagsspor.minutes.internal.classify.Classifiers;
import dk.sagsspor.minutes.internal.classify.TimeSlotClassifier;
import dk.sagsspor.minutes.internal.classify.Token;
import dk.sagsspor.minutes.internal.text.Block;
import dk.sagsspor.minutes.internal.text.BlockSplitter;
import dk.sagsspor.minutes.internal.text.Paragraphs;
import dk.sagsspor.minutes.internal.text.SourceLine;
import dk.sagsspor.minutes.internal.text.Spaces;
import dk.sagsspor.municipal.DanishDates;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses minutes laid out as a time table ("10:00-10:10 Velkomst ..."), the format of networks such as the KKR
 * network (seed 004), which usually reach us as OCR text of a table.
 *
 * <p>The header fields above the table are read by their classifiers ({@link Classifiers#timeSlotHeader()}). Each
 * time slot that is not a pause is one agenda item. The table's columns (agenda point, minutes) are run together by
 * OCR; the title is read from the agenda column's first words, and the whole slot text is kept, paragraph by
 * paragraph, as the item's case presentation, so nothing is lost. Such minutes carry no case numbers and no formal
 * decisions.
 */
final class TimeSlotMinutesParser {

    private static final Classifiers HEADER = Classifiers.timeSlotHeader();
    private static final TimeSlotClassifier SLOTS = new TimeSlotClassifier();
    private static final BlockSplitter PARAGRAPHS = BlockSplitter.byBlankLines();
    /*
     * The patterns below are searched for (find), which tries them at every character of a line. Each starts with the
     * character it needs and only then looks behind, so a character where no match can start costs one comparison,
     * not a look-behind.
     */
    /**
     * " v. Hans Hansen" or a closing " v.": who presents the point, which ends its title. The look-behind lets a run of
     * whitespace be tried from its first character only, so a long run costs time once, not once per character.
     */
    private static final Pattern PRESENTER = Pattern.compile("\\s(?<!\\s\\s)\\s*+v\\.(?:\\s.*)?$", Pattern.DOTALL);
    /**
     * OCR runs the columns together; the second column starts at a capitalised word after a lower-case one (not the
     * first word). Found word by word rather than with a repeated group, which would use stack for every word. The
     * space before the lower-case word is part of the match (only its end is used), so the search tests one
     * character class at each character.
     */
    private static final Pattern COLUMN_BREAK = Pattern.compile("\\s\\p{Ll}[\\p{L}.]*+(?=\\s++\\p{Lu})");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[,;:](?<![,;:][,;:])[,;:]*+$");

    ParseResult parse(List<SourceLine> lines, boolean draftMarked) {
        List<Token.TimeSlot> slots = slotsStartedBy(lines);
        int firstSlot = 0;
        while (firstSlot < lines.size() && slots.get(firstSlot) == null) {
            firstSlot++;
        }
        LocalDate date = null;
        LocalTime start = null;
        String location = null;
        String bodyName = null;
        List<String> absentees = List.of();
        for (Token token : HEADER.tokenize(lines.subList(0, firstSlot))) {
            if (token instanceof Token.MeetingDate d && date == null) {
                date = d.date();
            } else if (token instanceof Token.TimeAndPlace t) {
                start = t.time();
                location = t.location();
            } else if (token instanceof Token.MeetingHeader h && bodyName == null) {
                bodyName = h.bodyName();
            } else if (token instanceof Token.Absence a) {
                absentees = a.names();
            }
        }
        if (date == null) {
            return ParseResult.rejected("No meeting date found: expected 'Dato: DD. <måned> YYYY' above the time table.");
        }
        if (bodyName == null) {
            return ParseResult.rejected("No meeting body found: expected a line like '4. møde i <netværk/udvalg>'.");
        }
        List<AgendaItem> items = items(lines.subList(firstSlot, lines.size()), slots.subList(firstSlot, lines.size()));
        if (start == null && !items.isEmpty()) {
            start = LocalTime.parse(items.get(0).timeSlot().substring(0, 5)); // the classifier read a valid time
        }
        DocumentKind kind = draftMarked ? DocumentKind.DRAFT_MINUTES : DocumentKind.MINUTES;
        return new ParseResult(kind, null, Bodies.resolve(bodyName, date),
                DanishDates.inCopenhagen(date, start != null ? start : LocalTime.MIDNIGHT), location, List.of(),
                absentees, items);
    }

    /** The slot each line starts, or null: every line is looked at once, here, whatever later asks. */
    private static List<Token.TimeSlot> slotsStartedBy(List<SourceLine> lines) {
        List<Token.TimeSlot> slots = new ArrayList<>(lines.size());
        for (SourceLine line : lines) {
            slots.add(SLOTS.slotOf(line).orElse(null));
        }
        return slots;
    }

    /**
     * @param table the lines from the first time slot on
     * @param slots the slot each of those lines starts, or null
     */
    private static List<AgendaItem> items(List<SourceLine> table, List<Token.TimeSlot> slots) {
        List<AgendaItem> items = new ArrayList<>();
        int slotStart = 0;
        while (slotStart < table.size()) {
            int next = slotStart + 1;
            while (next < table.size() && slots.get(next) == null) {
                next++;
            }
            slot(slots.get(slotStart), table.subList(slotStart, next), items.size() + 1).ifPresent(items::add);
            slotStart = next;
        }
        return items;
    }

    private static Optional<AgendaItem> slot(Token.TimeSlot slot, List<SourceLine> slotLines, int number) {
        SourceLine first = slotLines.get(0);
        List<SourceLine> text = new ArrayList<>(slotLines.size());
        text.add(withoutTableBorder(new SourceLine(first.number(), slot.agenda())));
        for (SourceLine line : slotLines.subList(1, slotLines.size())) {
            text.add(withoutTableBorder(line));
        }
        List<Block> paragraphs = PARAGRAPHS.split(text);
        List<String> joined = paragraphs.stream().map(Block::joined).toList(); // each paragraph joined once
        if (joined.isEmpty() || joined.get(0).equalsIgnoreCase("PAUSE")) {
            return Optional.empty();
        }
        List<String> firstParagraph = paragraphs.get(0).lines().stream().map(SourceLine::text).toList();
        String title = slot.agenda().isBlank() ? titleOfOwnParagraph(firstParagraph) : titleOfSharedRow(firstParagraph);
        Paragraphs presentation = new Paragraphs();
        joined.forEach(presentation::add);
        return Optional.of(new AgendaItem(number, title, slot.timeSlot(), null, null, Outcome.NONE, List.of(),
                new Sections(null, null, presentation.text(), null), List.of(), List.of(), List.of(),
                new SourceLines(first.number(), lastNonBlank(slotLines).number())));
    }

    /**
     * Looked for from the end: the blank lines between slots are few. (A stream over every line of the slot cost a
     * tenth of the parse of seed 004 in a JFR profile.) The first line starts the slot, so it is never blank.
     */
    private static SourceLine lastNonBlank(List<SourceLine> slotLines) {
        int last = slotLines.size() - 1;
        while (last > 0 && slotLines.get(last).isBlank()) {
            last--;
        }
        return slotLines.get(last);
    }

    /** OCR reads the table's left border as a "|" before a line's text. */
    private static SourceLine withoutTableBorder(SourceLine line) {
        String text = line.text().strip();
        String withoutBorder = text.startsWith("|") ? text.substring(1).strip() : text;
        return withoutBorder == line.text() ? line : new SourceLine(line.number(), withoutBorder); // most: unchanged
    }

    /** The agenda point stands alone under its time: its lines up to the presenter ("v. ...") or a bullet list. */
    private static String titleOfOwnParagraph(List<String> lines) {
        StringBuilder title = new StringBuilder();
        for (String line : lines) {
            if (line.startsWith("-") || line.startsWith("•")) {
                break;
            }
            if (appendEndsAtPresenter(title, line)) {
                break;
            }
        }
        return tidy(PRESENTER.matcher(title).replaceFirst(""));
    }

    /**
     * The agenda point shares its lines with the minutes column: take the agenda column's words of the first line,
     * and of following lines while they continue it in lower case.
     */
    private static String titleOfSharedRow(List<String> lines) {
        StringBuilder title = new StringBuilder();
        boolean presenterFound = appendEndsAtPresenter(title, agendaColumn(lines.get(0)));
        for (int i = 1; i < lines.size() && !presenterFound; i++) {
            String line = lines.get(i);
            if (line.isEmpty() || !Character.isLowerCase(line.charAt(0))) {
                break;
            }
            presenterFound = appendEndsAtPresenter(title, agendaColumn(line));
        }
        return tidy(PRESENTER.matcher(" " + title).replaceFirst("").strip());
    }

    /**
     * Appends a line to a title and says whether the title now names its presenter. Only the appended part is
     * searched: the title before it did not name one, so a title of many lines is read once, not once per line.
     */
    private static boolean appendEndsAtPresenter(StringBuilder title, String line) {
        String part = title.length() == 0 ? line : " " + line;
        title.append(part);
        return PRESENTER.matcher(part).find();
    }

    private static String agendaColumn(String line) {
        Matcher lastAgendaWord = COLUMN_BREAK.matcher(line);
        return lastAgendaWord.find() ? line.substring(0, lastAgendaWord.end()) : line;
    }

    private static String tidy(String title) {
        return TRAILING_PUNCTUATION.matcher(Spaces.collapse(title.strip())).replaceFirst("").strip();
    }
}
