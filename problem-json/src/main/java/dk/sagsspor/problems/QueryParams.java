package dk.sagsspor.problems;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;

/**
 * Query values the services share, parsed with an invalid-parameter problem that names the parameter, shows an
 * example and repeats what was sent. A blank value means "not given" (null). Dates are held to the years 0001-9999,
 * the ones ISO 8601 writes with four digits: a year such as +999999999 parses in Java but no database column holds it.
 */
public final class QueryParams {

    static final int FIRST_YEAR = 1;
    static final int LAST_YEAR = 9999;

    private QueryParams() {
    }

    /** A whole number such as a page or a limit; its range is the caller's rule. */
    public static Integer integer(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw ProblemException.invalidParameter(name + " must be a whole number like 2, at most "
                    + Integer.MAX_VALUE + "; got '" + value + "'.");
        }
    }

    public static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return withinYears(name, value, LocalDate.parse(value.strip()));
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidParameter(name + " must be a date like 2025-12-11; got '" + value + "'.");
        }
    }

    public static OffsetDateTime dateTime(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return withinYears(name, value, OffsetDateTime.parse(value.strip()));
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidParameter(name + " must be an ISO-8601 date-time with offset, like "
                    + "2025-12-11T17:00:00+01:00; got '" + value + "'.");
        }
    }

    private static <T extends TemporalAccessor> T withinYears(String name, String value, T parsed) {
        int year = parsed.get(ChronoField.YEAR);
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw ProblemException.invalidParameter(name + " must be in the years 0001 to 9999; got '" + value + "'.");
        }
        return parsed;
    }

    /** One of the enum's constants, case-insensitively. */
    public static <E extends Enum<E>> E oneOf(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw ProblemException.invalidParameter(name + " must be one of "
                    + Arrays.toString(type.getEnumConstants()) + "; got '" + value + "'.");
        }
    }
}
