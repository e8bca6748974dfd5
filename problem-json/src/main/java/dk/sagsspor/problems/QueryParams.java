package dk.sagsspor.problems;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;

/**
 * Query values the services share, parsed with an invalid-parameter problem that names the parameter, shows an
 * example and repeats what was sent. A blank value means "not given" (null).
 */
public final class QueryParams {

    private QueryParams() {
    }

    public static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidParameter(name + " must be a date like 2025-12-11; got '" + value + "'.");
        }
    }

    public static OffsetDateTime dateTime(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidParameter(name + " must be an ISO-8601 date-time with offset, like "
                    + "2025-12-11T17:00:00+01:00; got '" + value + "'.");
        }
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
