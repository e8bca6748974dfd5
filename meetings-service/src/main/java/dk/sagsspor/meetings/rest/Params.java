package dk.sagsspor.meetings.rest;

import dk.sagsspor.problems.Problem;
import dk.sagsspor.problems.ProblemException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** Query values parsed with errors that say what was wrong. */
final class Params {

    private Params() {
    }

    static LocalDate date(String name, String value, UriInfo uri) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw bad(name + " must be a date like 2025-12-11; got '" + value + "'.", uri);
        }
    }

    static OffsetDateTime modifiedSince(String value, UriInfo uri) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw bad("modifiedSince must be an ISO-8601 date-time with offset, like 2025-12-11T17:00:00+01:00; got '"
                    + value + "'.", uri);
        }
    }

    static ProblemException bad(String detail, UriInfo uri) {
        return new ProblemException(Problem.of(Response.Status.BAD_REQUEST, detail, uri.getPath()));
    }

    static ProblemException notFound(String detail, UriInfo uri) {
        return new ProblemException(Problem.of(Response.Status.NOT_FOUND, detail, uri.getPath()));
    }
}
