package dk.sagsspor.problems;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class QueryParamsTest {

    enum Colour { RED, GREEN }

    @ParameterizedTest
    @CsvSource({"2025-12-11, 2025-12-11", "' 2025-01-02 ', 2025-01-02"})
    void datesParse(String value, LocalDate expected) {
        assertEquals(expected, QueryParams.date("from", value));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void aBlankValueIsNotGiven(String value) {
        assertNull(QueryParams.date("from", value));
        assertNull(QueryParams.dateTime("modifiedSince", value));
        assertNull(QueryParams.oneOf("colour", value, Colour.class));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "from | 11-12-2025 | from must be a date like 2025-12-11; got '11-12-2025'.",
            "to | 2025-13-01 | to must be a date like 2025-12-11; got '2025-13-01'.",
    })
    void aBadDateNamesTheParameterAndTheValue(String name, String value, String detail) {
        ProblemException problem = assertThrows(ProblemException.class, () -> QueryParams.date(name, value));
        assertEquals(ProblemType.INVALID_PARAMETER, problem.type());
        assertEquals(detail, problem.getMessage());
    }

    @ParameterizedTest
    @CsvSource({"2025-12-11T17:00:00+01:00", "2025-12-11T16:00:00Z"})
    void dateTimesKeepTheirOffset(String value) {
        assertEquals(OffsetDateTime.parse(value), QueryParams.dateTime("modifiedSince", value));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-12-11", "2025-12-11T17:00:00", "yesterday"})
    void aDateTimeNeedsAnOffset(String value) {
        ProblemException problem = assertThrows(ProblemException.class,
                () -> QueryParams.dateTime("modifiedSince", value));
        assertEquals("modifiedSince must be an ISO-8601 date-time with offset, like 2025-12-11T17:00:00+01:00; got '"
                + value + "'.", problem.getMessage());
    }

    @ParameterizedTest
    @CsvSource({"red, RED", "GREEN, GREEN", "' Green ', GREEN"})
    void enumValuesIgnoreCase(String value, Colour expected) {
        assertEquals(expected, QueryParams.oneOf("colour", value, Colour.class));
    }

    @ParameterizedTest
    @ValueSource(strings = {"blue", "R"})
    void anUnknownEnumValueListsTheKnownOnes(String value) {
        ProblemException problem = assertThrows(ProblemException.class,
                () -> QueryParams.oneOf("colour", value, Colour.class));
        assertEquals("colour must be one of [RED, GREEN]; got '" + value + "'.", problem.getMessage());
    }

    @ParameterizedTest
    @CsvSource({"0, 1", "0, 500", "7, 20"})
    void pagingWithinTheRule(int page, int size) {
        assertDoesNotThrow(() -> Paging.check(page, size));
    }

    @ParameterizedTest
    @CsvSource({"-1, 20", "0, 0", "0, 501"})
    void pagingOutsideTheRule(int page, int size) {
        ProblemException problem = assertThrows(ProblemException.class, () -> Paging.check(page, size));
        assertEquals("page must be 0 or more and size between 1 and 500; got page=" + page + ", size=" + size + ".",
                problem.getMessage());
    }
}
