package dk.sagsspor.municipal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Danish date and time notations as they appear in minutes. */
public final class DanishDates {

    /** Meetings happen in Danish local time; the offset differs between winter (+01:00) and summer (+02:00). */
    public static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("januar", 1), Map.entry("februar", 2), Map.entry("marts", 3), Map.entry("april", 4),
            Map.entry("maj", 5), Map.entry("juni", 6), Map.entry("juli", 7), Map.entry("august", 8),
            Map.entry("september", 9), Map.entry("oktober", 10), Map.entry("november", 11),
            Map.entry("december", 12));

    /** "03. december 2025", "14. oktober 2025", "3 december 2025". */
    private static final Pattern LONG_DATE = Pattern.compile(
            "(\\d{1,2})\\.?\\s+(januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december)\\s+(\\d{4})",
            Pattern.CASE_INSENSITIVE);
    /** "kl. 16:00", "kl. 16.00", "Kl. 10-13" (the start hour). */
    private static final Pattern CLOCK = Pattern.compile("\\bkl\\.?\\s*(\\d{1,2})(?:[:.](\\d{2}))?", Pattern.CASE_INSENSITIVE);
    /** "03-12-2025" or "17/11/2025". */
    private static final Pattern NUMERIC_DATE = Pattern.compile("\\b(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4})\\b");

    /** "11. december 2025": how a Danish reader writes a date. */
    private static final DateTimeFormatter WRITTEN =
            DateTimeFormatter.ofPattern("d. MMMM yyyy", Locale.forLanguageTag("da"));

    private DanishDates() {
    }

    /** The date as a Danish reader writes it: "11. december 2025". */
    public static String written(LocalDate date) {
        return WRITTEN.format(date);
    }

    public static Optional<LocalDate> longDate(String text) {
        Matcher m = LONG_DATE.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        return safeDate(Integer.parseInt(m.group(3)), MONTHS.get(m.group(2).toLowerCase(Locale.ROOT)),
                Integer.parseInt(m.group(1)));
    }

    public static Optional<LocalDate> numericDate(String text) {
        Matcher m = NUMERIC_DATE.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        return safeDate(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
    }

    /** A written-out or numeric date, whichever comes first in the text's notation. */
    public static Optional<LocalDate> anyDate(String text) {
        return longDate(text).or(() -> numericDate(text));
    }

    public static Optional<LocalTime> clockTime(String text) {
        Matcher m = CLOCK.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        int hour = Integer.parseInt(m.group(1));
        int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        if (hour > 23 || minute > 59) {
            return Optional.empty();
        }
        return Optional.of(LocalTime.of(hour, minute));
    }

    public static OffsetDateTime inCopenhagen(LocalDate date, LocalTime time) {
        return date.atTime(time).atZone(COPENHAGEN).toOffsetDateTime();
    }

    private static Optional<LocalDate> safeDate(int year, int month, int day) {
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (java.time.DateTimeException invalid) {
            return Optional.empty();
        }
    }
}
