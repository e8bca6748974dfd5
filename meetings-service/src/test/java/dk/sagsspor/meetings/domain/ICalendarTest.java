package dk.sagsspor.meetings.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ICalendarTest {

    private static final OffsetDateTime START = OffsetDateTime.parse("2025-12-11T17:00:00+01:00");
    private static final OffsetDateTime MODIFIED = OffsetDateTime.parse("2025-12-01T09:30:15+01:00");

    private static ICalendar.Event event(String location, String description, boolean tentative) {
        return new ICalendar.Event("meeting-42@sagsspor.dk", START, Duration.ofHours(2), "Socialudvalget",
                location, description, tentative, MODIFIED);
    }

    private static String single(ICalendar.Event event) {
        return ICalendar.calendar("Socialudvalget", List.of(event));
    }

    /** Physical lines without their CRLF terminator (the output always ends with CRLF). */
    private static List<String> physicalLines(String ics) {
        assertTrue(ics.endsWith("\r\n"), "last line must end with CRLF");
        return Arrays.asList(ics.substring(0, ics.length() - 2).split("\r\n", -1));
    }

    /** Logical content lines: unfolding per RFC 5545 removes every CRLF followed by one space. */
    private static List<String> contentLines(String ics) {
        return physicalLines(ics.replace("\r\n ", ""));
    }

    @Test
    void meetingTimesAreWrittenInUtc() {
        List<String> lines = contentLines(single(event("Mødelokale 8", null, false)));

        assertTrue(lines.contains("DTSTART:20251211T160000Z"), lines::toString);
        assertTrue(lines.contains("DTEND:20251211T180000Z"), lines::toString);
        assertTrue(lines.contains("DTSTAMP:20251201T083015Z"), lines::toString);
        assertTrue(lines.contains("LAST-MODIFIED:20251201T083015Z"), lines::toString);
        assertTrue(lines.contains("UID:meeting-42@sagsspor.dk"), lines::toString);
        assertTrue(lines.contains("SUMMARY:Socialudvalget"), lines::toString);
        assertTrue(lines.contains("LOCATION:Mødelokale 8"), lines::toString);
    }

    @Test
    void calendarHasTheExpectedStructure() {
        List<String> lines = contentLines(single(event("Mødelokale 8", "Dagsorden", false)));

        assertEquals(List.of(
                "BEGIN:VCALENDAR",
                "VERSION:2.0",
                "PRODID:-//Sagsspor//meetings-service//DA",
                "CALSCALE:GREGORIAN",
                "METHOD:PUBLISH",
                "X-WR-CALNAME:Socialudvalget",
                "X-WR-TIMEZONE:Europe/Copenhagen",
                "BEGIN:VEVENT",
                "UID:meeting-42@sagsspor.dk",
                "DTSTAMP:20251201T083015Z",
                "DTSTART:20251211T160000Z",
                "DTEND:20251211T180000Z",
                "SUMMARY:Socialudvalget",
                "LOCATION:Mødelokale 8",
                "DESCRIPTION:Dagsorden",
                "STATUS:CONFIRMED",
                "LAST-MODIFIED:20251201T083015Z",
                "END:VEVENT",
                "END:VCALENDAR"), lines);
    }

    @Test
    void textValuesAreEscaped() {
        String ics = single(event("a,b;c\\d\nnew line", "a,b;c\\d\nnew line", false));
        List<String> lines = contentLines(ics);

        assertTrue(lines.contains("LOCATION:a\\,b\\;c\\\\d\\nnew line"), lines::toString);
        assertTrue(lines.contains("DESCRIPTION:a\\,b\\;c\\\\d\\nnew line"), lines::toString);

        String calendarName = contentLines(ICalendar.calendar("Børne, unge; og\\familie", List.of())).get(5);
        assertEquals("X-WR-CALNAME:Børne\\, unge\\; og\\\\familie", calendarName);
    }

    @Test
    void longDanishLinesAreFoldedAtSeventyFiveOctets() {
        String description = "æ".repeat(200);
        String ics = single(event(null, description, false));

        List<String> physical = physicalLines(ics);
        int descriptionStart = -1;
        for (int i = 0; i < physical.size(); i++) {
            String line = physical.get(i);
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, "too long: " + line);
            if (line.startsWith("DESCRIPTION:")) {
                descriptionStart = i;
            }
        }
        assertTrue(descriptionStart >= 0, "DESCRIPTION missing");

        // 12 + 400 octets cannot fit on one line; the continuation lines must start with one space.
        List<String> continuation = physical.subList(descriptionStart + 1, physical.size()).stream()
                .takeWhile(line -> line.startsWith(" "))
                .toList();
        assertTrue(continuation.size() >= 5, "expected several continuation lines: " + continuation);
        for (String line : continuation) {
            assertFalse(line.startsWith("  "), "only one space may be inserted: " + line);
            // Each æ is whole: after the fold space the line is nothing but 'æ's.
            assertTrue(line.substring(1).chars().allMatch(c -> c == 'æ'), line);
        }

        // Unfolding restores the exact escaped value.
        assertTrue(contentLines(ics).contains("DESCRIPTION:" + description));
    }

    @Test
    void foldingNeverSplitsSurrogatePairs() {
        // 4-byte UTF-8 characters (two Java chars each), offset by one ASCII char to hit awkward boundaries.
        String description = "x" + "🏛".repeat(60);
        String ics = single(event(null, description, false));

        for (String line : physicalLines(ics)) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, "too long: " + line);
            assertFalse(line.isEmpty() || Character.isHighSurrogate(line.charAt(line.length() - 1)), line);
            assertFalse(Character.isLowSurrogate(line.charAt(line.startsWith(" ") ? 1 : 0)), line);
        }
        assertTrue(contentLines(ics).contains("DESCRIPTION:" + description));
    }

    @Test
    void lineOfExactlySeventyFiveOctetsIsNotFolded() {
        String exact = "SUMMARY:" + "x".repeat(67); // 75 octets
        String ics = ICalendar.calendar("c", List.of(new ICalendar.Event(
                "u", START, Duration.ofHours(1), "x".repeat(67), null, null, false, MODIFIED)));
        assertTrue(physicalLines(ics).contains(exact), ics);

        String oneMore = ICalendar.calendar("c", List.of(new ICalendar.Event(
                "u", START, Duration.ofHours(1), "x".repeat(68), null, null, false, MODIFIED)));
        assertTrue(physicalLines(oneMore).contains(exact), oneMore);
        assertTrue(physicalLines(oneMore).contains(" x"), oneMore);
    }

    @Test
    void everyLineEndsWithCrlfAndThereIsNoBareLineFeed() {
        String ics = single(event("Mødelokale 8", "første linje\nanden linje\r\ntredje " + "ø".repeat(100), true));

        assertTrue(ics.endsWith("\r\n"));
        for (int i = 0; i < ics.length(); i++) {
            if (ics.charAt(i) == '\n') {
                assertEquals('\r', ics.charAt(i - 1), "bare LF at index " + i);
            }
            if (ics.charAt(i) == '\r') {
                assertEquals('\n', ics.charAt(i + 1), "bare CR at index " + i);
            }
        }
    }

    @Test
    void tentativeAndConfirmedStatus() {
        assertTrue(contentLines(single(event(null, null, true))).contains("STATUS:TENTATIVE"));
        assertFalse(contentLines(single(event(null, null, true))).contains("STATUS:CONFIRMED"));
        assertTrue(contentLines(single(event(null, null, false))).contains("STATUS:CONFIRMED"));
        assertFalse(contentLines(single(event(null, null, false))).contains("STATUS:TENTATIVE"));
    }

    @Test
    void nullLocationAndDescriptionAreOmitted() {
        String ics = single(event(null, null, false));

        assertFalse(ics.contains("LOCATION"), ics);
        assertFalse(ics.contains("DESCRIPTION"), ics);
        assertTrue(ics.contains("\r\nSUMMARY:Socialudvalget\r\nSTATUS:CONFIRMED\r\n"), ics);
    }

    @Test
    void emptyEventListGivesValidCalendarWithoutEvents() {
        String ics = ICalendar.calendar("Socialudvalget", List.of());

        assertEquals("BEGIN:VCALENDAR\r\n"
                + "VERSION:2.0\r\n"
                + "PRODID:-//Sagsspor//meetings-service//DA\r\n"
                + "CALSCALE:GREGORIAN\r\n"
                + "METHOD:PUBLISH\r\n"
                + "X-WR-CALNAME:Socialudvalget\r\n"
                + "X-WR-TIMEZONE:Europe/Copenhagen\r\n"
                + "END:VCALENDAR\r\n", ics);
        assertFalse(ics.contains("VEVENT"));
    }

    @Test
    void oneVeventPerEvent() {
        String ics = ICalendar.calendar("Socialudvalget",
                List.of(event(null, null, false), event("Rådhuset", null, true)));

        assertEquals(2, ics.split("BEGIN:VEVENT\r\n", -1).length - 1);
        assertEquals(2, ics.split("END:VEVENT\r\n", -1).length - 1);
    }
}
