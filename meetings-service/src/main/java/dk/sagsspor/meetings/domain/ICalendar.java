package dk.sagsspor.meetings.domain;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;

/**
 * Renders committee meetings as an iCalendar feed (RFC 5545) without any external library.
 *
 * <p>Pure and stateless: the same input always gives the same text, so it is easy to test and
 * safe to call from anywhere. All times are written in UTC ("Z" form) so that calendar clients
 * do not need a VTIMEZONE block to interpret them correctly.
 */
public final class ICalendar {

    /** One meeting as a calendar event. */
    public record Event(String uid, OffsetDateTime start, Duration duration, String summary,
                        String location, String description, boolean tentative, OffsetDateTime lastModified) {}

    /** RFC 5545 section 3.1: every content line ends with CRLF, not just LF. */
    private static final String CRLF = "\r\n";

    /** RFC 5545 section 3.1: lines "SHOULD NOT be longer than 75 octets, excluding the line break". */
    private static final int MAX_LINE_OCTETS = 75;

    /** UTC "basic" date-time form (RFC 5545 section 3.3.5, FORM #2). */
    private static final DateTimeFormatter UTC_FORMAT = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

    private ICalendar() {
    }

    /** A whole VCALENDAR (RFC 5545) with one VEVENT per event, lines ending CRLF. */
    public static String calendar(String name, List<Event> events) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(events, "events");

        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//Sagsspor//meetings-service//DA");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        // X-WR-* are de facto extensions understood by Google/Apple/Outlook for the feed's display name and zone.
        line(out, "X-WR-CALNAME:" + escape(name));
        line(out, "X-WR-TIMEZONE:Europe/Copenhagen");
        for (Event event : events) {
            event(out, Objects.requireNonNull(event, "event"));
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    private static void event(StringBuilder out, Event e) {
        OffsetDateTime start = Objects.requireNonNull(e.start(), "start");
        OffsetDateTime lastModified = Objects.requireNonNull(e.lastModified(), "lastModified");
        Duration duration = Objects.requireNonNull(e.duration(), "duration");

        line(out, "BEGIN:VEVENT");
        // The UID is a TEXT-like value; escaping keeps a stray ',' or ';' from breaking the line.
        line(out, "UID:" + escape(Objects.requireNonNull(e.uid(), "uid")));
        // DTSTAMP = lastModified (not "now") so the output is deterministic for an unchanged meeting,
        // which keeps HTTP caching/ETags stable and avoids needless client updates.
        line(out, "DTSTAMP:" + utc(lastModified));
        line(out, "DTSTART:" + utc(start));
        line(out, "DTEND:" + utc(start.plus(duration)));
        line(out, "SUMMARY:" + escape(Objects.requireNonNull(e.summary(), "summary")));
        // Optional properties are left out entirely rather than emitted empty.
        if (e.location() != null) {
            line(out, "LOCATION:" + escape(e.location()));
        }
        if (e.description() != null) {
            line(out, "DESCRIPTION:" + escape(e.description()));
        }
        line(out, e.tentative() ? "STATUS:TENTATIVE" : "STATUS:CONFIRMED");
        line(out, "LAST-MODIFIED:" + utc(lastModified));
        line(out, "END:VEVENT");
    }

    private static String utc(OffsetDateTime time) {
        return UTC_FORMAT.format(time.withOffsetSameInstant(ZoneOffset.UTC));
    }

    /**
     * TEXT escaping (RFC 5545 section 3.3.11). Backslash must be done first, otherwise the
     * backslashes introduced by the other rules would be doubled. Any newline form (CRLF, CR, LF)
     * becomes the two characters "\n", since a raw line break would end the content line.
     */
    private static String escape(String text) {
        return text.replace("\\", "\\\\")
                .replace(";", "\\;")
                .replace(",", "\\,")
                .replace("\r\n", "\\n")
                .replace("\r", "\\n")
                .replace("\n", "\\n");
    }

    /**
     * Appends one content line, folded at 75 octets (RFC 5545 section 3.1). The limit is in UTF-8
     * bytes, not chars, so Danish letters (2 bytes) count double. We break only between whole code
     * points, which both keeps multi-byte UTF-8 sequences intact and never splits a surrogate pair.
     * A continuation line starts with a single space, which itself counts towards its 75 octets.
     */
    private static void line(StringBuilder out, String contentLine) {
        int octets = 0;
        for (int i = 0; i < contentLine.length(); ) {
            int codePoint = contentLine.codePointAt(i);
            int size = utf8Length(codePoint);
            if (octets + size > MAX_LINE_OCTETS) {
                out.append(CRLF).append(' ');
                octets = 1; // the leading space
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        out.append(CRLF);
    }

    private static int utf8Length(int codePoint) {
        if (codePoint < 0x80) {
            return 1;
        } else if (codePoint < 0x800) {
            return 2;
        } else if (codePoint < 0x10000) {
            return 3;
        }
        return 4;
    }
}
