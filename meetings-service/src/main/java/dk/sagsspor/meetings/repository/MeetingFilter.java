package dk.sagsspor.meetings.repository;

import dk.sagsspor.municipal.DanishDates;
import io.quarkus.panache.common.Parameters;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Which meetings a list shows: any of a body, a range of days and a modification time (null = not filtered).
 *
 * <p>Days are Copenhagen days: a meeting at 17:00 on 2025-12-11 belongs to that date whatever its offset.
 */
public record MeetingFilter(String committee, LocalDate from, LocalDate to, OffsetDateTime modifiedSince) {

    /** The HQL condition on a meeting aliased {@code m}. */
    String where() {
        List<String> where = new ArrayList<>();
        if (committee != null) {
            where.add("m.bodyId = :committee");
        }
        if (from != null) {
            where.add("m.startsAt >= :from");
        }
        if (to != null) {
            where.add("m.startsAt < :to");
        }
        if (modifiedSince != null) {
            // A mirror that syncs needs to hear of withdrawn meetings too; other lists leave them out.
            where.add("m.modifiedAt >= :modifiedSince");
        } else {
            where.add("m.withdrawn = false");
        }
        return " where " + String.join(" and ", where);
    }

    /** The values of the parameters {@link #where()} names. */
    Parameters parameters() {
        Parameters params = new Parameters();
        if (committee != null) {
            params = params.and("committee", committee);
        }
        if (from != null) {
            params = params.and("from", from.atStartOfDay(DanishDates.COPENHAGEN).toOffsetDateTime());
        }
        if (to != null) {
            params = params.and("to", to.plusDays(1).atStartOfDay(DanishDates.COPENHAGEN).toOffsetDateTime());
        }
        if (modifiedSince != null) {
            params = params.and("modifiedSince", modifiedSince);
        }
        return params;
    }
}
