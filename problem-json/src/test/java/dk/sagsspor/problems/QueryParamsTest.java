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
    @CsvSource({"2025-12-11, 2025-12-11", "' 2025-01-02 ', 2025-01-02", "0001-01-01, 0001-01-01",
            "9999-12-31, 9999-12-31"})
    void datesParse(String value, LocalDate expected) {
        assertEquals(expected, QueryParams.date("from", value));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void aBlankValueIsNotGiven(String value) {
        assertNull(QueryParams.date("from", value));
        assertNull(QueryParams.dateTime("modifiedSince", value));
        assertNull(QueryParams.integer("page", value));
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
    @CsvSource(delimiter = '|', value = {
            "to            | +999999999-12-31                 | date",
            "from          | 0000-12-31                       | date",
            "from          | -0001-01-01                      | date",
            "to            | +10000-01-01                     | date",
            "modifiedSince | +999999999-12-31T00:00:00Z       | dateTime",
            "modifiedSince | 0000-01-01T00:00:00+01:00        | dateTime",
            "modifiedSince | +10000-01-01T00:00:00Z           | dateTime",
    })
    void aYearOutside0001To9999NamesTheParameter(String name, String value, String kind) {
        ProblemException problem = assertThrows(ProblemException.class, () -> {
            if (kind.equals("date")) {
                QueryParams.date(name, value);
            } else {
                QueryParams.dateTime(name, value);
            }
        });
        assertEquals(ProblemType.INVALID_PARAMETER, problem.type());
        assertEquals(name + " must be in the years 0001 to 9999; got '" + value + "'.", problem.getMessage());
    }

    @ParameterizedTest
    @CsvSource({"0, 0", "' 42 ', 42", "-3, -3", "2147483647, 2147483647"})
    void wholeNumbersParse(String value, int expected) {
        assertEquals(expected, QueryParams.integer("page", value));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "page  | x",
            "size  | 1.5",
            "limit | 2147483648",
            "page  | 99999999999999999999",
            "size  | 0x10",
    })
    void aBadWholeNumberNamesTheParameterAndTheValue(String name, String value) {
        ProblemException problem = assertThrows(ProblemException.class, () -> QueryParams.integer(name, value));
        assertEquals(ProblemType.INVALID_PARAMETER, problem.type());
        assertEquals(name + " must be a whole number like 2, at most 2147483647; got '" + value + "'.",
                problem.getMessage());
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
    @CsvSource({"0, 1", "0, 500", "7, 20", "4294967, 500", "2147483647, 1"})
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

    @ParameterizedTest
    @CsvSource({"4294968, 500", "2147483647, 2", "1073741824, 2"})
    void pagingPastAnIntOffsetNamesPageAndSize(int page, int size) {
        ProblemException problem = assertThrows(ProblemException.class, () -> Paging.check(page, size));
        assertEquals(ProblemType.INVALID_PARAMETER, problem.type());
        assertEquals("page × size must be at most 2147483647 (no list is that long); got page=" + page + ", size="
                + size + ".", problem.getMessage());
    }
}
