package dk.sagsspor.municipal;

import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * Danish municipal electoral terms: four years, 2022-2025, 2026-2029, ... The one home of what term a date falls in
 * and of how a term is written, for the parser and the services alike.
 */
public final class ElectoralTerms {

    /** The first year of a known term; every term starts four years after the one before. */
    private static final int ANCHOR_YEAR = 2022;
    private static final int YEARS = 4;

    /**
     * A term as documents write it, e.g. after a body's name: "2022-2025", "2022 - 2025". Group 1 is its first year,
     * group 2 its last.
     */
    static final String AS_WRITTEN = "((?:19|20)\\d{2})\\s*-\\s*((?:19|20)\\d{2})";
    private static final Pattern WRITTEN = Pattern.compile(AS_WRITTEN);
    /** A term as the APIs take it. */
    private static final Pattern WELL_FORMED = Pattern.compile("\\d{4}-\\d{4}");

    private ElectoralTerms() {
    }

    /** The term a date falls in, e.g. "2022-2025". */
    public static String of(LocalDate date) {
        int first = ANCHOR_YEAR + Math.floorDiv(date.getYear() - ANCHOR_YEAR, YEARS) * YEARS;
        return first + "-" + (first + YEARS - 1);
    }

    /** Whether the text is a term as documents write it ("2022-2025", "2022 - 2025") and nothing else. */
    public static boolean isWritten(String text) {
        return WRITTEN.matcher(text).matches();
    }

    /** Whether a term given to an API has the form of one: "2022-2025". */
    public static boolean isWellFormed(String term) {
        return WELL_FORMED.matcher(term).matches();
    }
}
