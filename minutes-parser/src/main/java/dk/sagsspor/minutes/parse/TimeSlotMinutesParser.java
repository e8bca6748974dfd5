package dk.sagsspor.minutes.parse;

import dk.sagsspor.minutes.model.AgendaItem;
import dk.sagsspor.minutes.model.DocumentKind;
import dk.sagsspor.minutes.model.Outcome;
import dk.sagsspor.minutes.model.ParseResult;
import dk.sagsspor.minutes.model.Sections;
import dk.sagsspor.minutes.model.SourceLines;
import dk.sagsspor.minutes.text.SourceLine;
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
 * <p>Each time slot that is not a pause is one agenda item. The table's columns (agenda point, minutes) are run
 * together by OCR; the title is read from the agenda column's first words, and the whole slot text is kept as the
 * item's case presentation, so nothing is lost. Such minutes carry no case numbers and no formal decisions.
 */
public final class TimeSlotMinutesParser {

    static final Pattern SLOT = Pattern.compile(
            "^\\s*\\|?\\s*(\\d{1,2})[:.](\\d{2})\\s*-\\s*(\\d{1,2})[:.](\\d{2})\\s*\\|?\\s*(.*)$");
    private static final Pattern MEETING_DATE = Pattern.compile("^\\s*Dato\\s*:\\s*(.+)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern TIME_AND_PLACE = Pattern.compile(
            "^\\s*Tid og sted\\s*:\\s*(.+)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern BODY = Pattern.compile(
            "^\\s*\\d{1,2}\\.\\s*m\\S{1,3}de\\s+i\\s+(?:the\\s+)?(.+)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern PLACE = Pattern.compile(
            "\\b(?:på|pd|pa|p&|p@)\\s+([^:]+)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern PRESENTER = Pattern.compile("\\s+v\\.(\\s+.*)?$");
    /** OCR runs the columns together; the second column starts at a capitalised word after a lower-case one. */
    private static final Pattern COLUMN_BREAK = Pattern.compile(
            "^(\\S+(?:\\s+\\S+)*?\\s+\\p{Ll}[\\p{L}.]*)\\s+\\p{Lu}.*$");

    static boolean looksLikeTimeSlotMinutes(List<SourceLine> lines) {
        int slots = 0;
        boolean dated = false;
        for (SourceLine line : lines) {
            if (SLOT.matcher(line.text()).matches()) {
                slots++;
            }
            if (MEETING_DATE.matcher(line.text()).matches()) {
                dated = true;
            }
        }
        return slots >= 2 && dated;
    }

    public ParseResult parse(List<SourceLine> lines, boolean draftMarked) {
        LocalDate date = null;
        LocalTime start = null;
        String location = null;
        String bodyName = null;
        List<String> absentees = List.of();
        int firstSlot = -1;
        for (int i = 0; i < lines.size() && firstSlot < 0; i++) {
            String text = lines.get(i).text();
            Matcher m;
            if (SLOT.matcher(text).matches()) {
                firstSlot = i;
            } else if (date == null && (m = MEETING_DATE.matcher(text)).matches()) {
                date = DanishDates.anyDate(m.group(1)).orElse(null);
            } else if ((m = TIME_AND_PLACE.matcher(text)).matches()) {
                start = DanishDates.clockTime(m.group(1)).orElse(null);
                Matcher place = PLACE.matcher(m.group(1));
                location = place.find() ? place.group(1).strip() : null;
            } else if (bodyName == null && (m = BODY.matcher(text)).matches()) {
                bodyName = OcrRepair.repairName(m.group(1).strip());
            } else if (text.strip().startsWith("Afbud:")) {
                absentees = absentees(lines, i);
            }
        }
        if (date == null) {
            return ParseResult.rejected("No meeting date found: expected 'Dato: DD. <måned> YYYY' above the time table.");
        }
        if (bodyName == null) {
            return ParseResult.rejected("No meeting body found: expected a line like '4. møde i <netværk/udvalg>'.");
        }
        List<AgendaItem> items = items(lines, firstSlot);
        if (start == null && !items.isEmpty()) {
            start = LocalTime.parse(items.get(0).timeSlot().substring(0, 5));
        }
        DocumentKind kind = draftMarked ? DocumentKind.DRAFT_MINUTES : DocumentKind.MINUTES;
        return new ParseResult(kind, null, Bodies.resolve(bodyName, date),
                DanishDates.inCopenhagen(date, start != null ? start : LocalTime.MIDNIGHT), location, List.of(),
                absentees, items);
    }

    /** The "Afbud:" paragraph, wrapped over lines, names without their remarks in parentheses. */
    private static List<String> absentees(List<SourceLine> lines, int from) {
        StringBuilder text = new StringBuilder(lines.get(from).text().strip().substring("Afbud:".length()));
        for (int i = from + 1; i < lines.size() && !lines.get(i).isBlank(); i++) {
            text.append(' ').append(lines.get(i).text().strip());
        }
        return NameLists.split(text.toString()).stream().map(NameLists::withoutRemark).toList();
    }

    private static List<AgendaItem> items(List<SourceLine> lines, int firstSlot) {
        List<AgendaItem> items = new ArrayList<>();
        if (firstSlot < 0) {
            return items;
        }
        int slotStart = firstSlot;
        while (slotStart < lines.size()) {
            int next = slotStart + 1;
            while (next < lines.size() && !SLOT.matcher(lines.get(next).text()).matches()) {
                next++;
            }
            slot(lines.subList(slotStart, next), items.size() + 1).ifPresent(items::add);
            slotStart = next;
        }
        return items;
    }

    private static Optional<AgendaItem> slot(List<SourceLine> slotLines, int number) {
        Matcher m = SLOT.matcher(slotLines.get(0).text());
        if (!m.matches()) {
            throw new IllegalStateException("a slot starts with its time");
        }
        String timeSlot = clock(m.group(1), m.group(2)) + "-" + clock(m.group(3), m.group(4));
        List<SourceLine> body = new ArrayList<>();
        body.add(new SourceLine(slotLines.get(0).number(), m.group(5)));
        body.addAll(slotLines.subList(1, slotLines.size()));
        List<List<String>> paragraphs = paragraphs(body);
        if (paragraphs.isEmpty() || String.join(" ", paragraphs.get(0)).strip().equalsIgnoreCase("PAUSE")) {
            return Optional.empty();
        }
        String title = m.group(5).isBlank() ? titleOfOwnParagraph(paragraphs.get(0)) : titleOfSharedRow(paragraphs.get(0));
        String text = String.join("\n\n", paragraphs.stream().map(p -> String.join(" ", p)).toList());
        int lastLine = slotLines.stream().filter(l -> !l.isBlank()).mapToInt(SourceLine::number).max().orElseThrow();
        return Optional.of(new AgendaItem(number, title, timeSlot, null, null, Outcome.NONE, List.of(),
                new Sections(null, null, text, null), List.of(), List.of(), List.of(),
                new SourceLines(slotLines.get(0).number(), lastLine)));
    }

    /** The agenda point stands alone under its time: its lines up to the presenter ("v. ...") or a bullet list. */
    private static String titleOfOwnParagraph(List<String> lines) {
        StringBuilder title = new StringBuilder();
        for (String line : lines) {
            if (line.startsWith("-") || line.startsWith("•")) {
                break;
            }
            title.append(title.length() == 0 ? "" : " ").append(line);
            if (PRESENTER.matcher(title).find()) {
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
        StringBuilder title = new StringBuilder(agendaColumn(lines.get(0)));
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isEmpty() || !Character.isLowerCase(line.charAt(0)) || PRESENTER.matcher(title).find()) {
                break;
            }
            title.append(' ').append(agendaColumn(line));
        }
        return tidy(PRESENTER.matcher(" " + title).replaceFirst("").strip());
    }

    private static String agendaColumn(String line) {
        Matcher m = COLUMN_BREAK.matcher(line);
        return m.matches() ? m.group(1) : line;
    }

    private static String tidy(String title) {
        return title.strip().replaceAll("\\s+", " ").replaceAll("[,;:]+$", "").strip();
    }

    private static List<List<String>> paragraphs(List<SourceLine> lines) {
        List<List<String>> paragraphs = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (SourceLine line : lines) {
            String text = line.text().strip();
            if (text.startsWith("|")) {
                text = text.substring(1).strip();
            }
            if (text.isEmpty()) {
                if (!current.isEmpty()) {
                    paragraphs.add(current);
                    current = new ArrayList<>();
                }
            } else {
                current.add(text);
            }
        }
        if (!current.isEmpty()) {
            paragraphs.add(current);
        }
        return paragraphs;
    }

    private static String clock(String hour, String minute) {
        return String.format("%02d:%s", Integer.parseInt(hour), minute);
    }
}
