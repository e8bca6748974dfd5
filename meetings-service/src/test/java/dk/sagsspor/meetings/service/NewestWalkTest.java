package dk.sagsspor.meetings.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** When a newest-first search walks the newest items, how far, and when the walk answered the page: no server. */
class NewestWalkTest {

    @ParameterizedTest(name = "page end {0}, {1} of {2} items match: walk {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # end | matches | more  | items   | window: 4 × end × items / matches, at most 10,000, else 0 (sort)
            50    | 25000   | false | 325000  | 2600
            50    | 2500    | false | 100000  | 8000
            50    | 2000    | false | 100000  | 10000
            50    | 1999    | false | 100000  | 0
            1     | 3       | false | 325000  | 0
            1     | 10      | false | 60      | 24
            10000 | 25000   | false | 325000  | 0
            50    | 0       | false | 325000  | 0
            # more match than were counted: at least that dense, and sorting them would read every one
            50    | 1000    | true  | 40000   | 8000
            50    | 1000    | true  | 325000  | 10000
            # PostgreSQL has not counted the table yet: no estimate, no walk
            50    | 25000   | false | 0       | 0
            50    | 1000    | true  | 0       | 0
            """)
    void walksFourTimesWhatAnEvenSpreadNeedsAndNoMoreThanTenThousandItems(long end, long matches, boolean more,
                                                                            long items, int window) {
        assertEquals(window, NewestWalk.window(end, matches, more, items));
    }

    @ParameterizedTest(name = "found {0} of a page of {1} at offset {2}, {3} matches (more: {4}): answered {5}")
    @CsvSource(delimiter = '|', textBlock = """
            # found | size | offset | matches | more  | answered
            50      | 50   | 0      | 25000   | false | true
            49      | 50   | 0      | 25000   | false | false
            # the last page: the rest of the matches
            10      | 50   | 100    | 110     | false | true
            9       | 50   | 100    | 110     | false | false
            0       | 1    | 0      | 1       | false | false
            # matches past the count may follow: only a full page answers
            50      | 50   | 950    | 1000    | true  | true
            50      | 60   | 950    | 1000    | true  | false
            """)
    void aWalkAnswersWithAFullPageOrTheLastMatches(int found, int size, long offset, long matches, boolean more,
                                                   boolean answered) {
        assertEquals(answered, NewestWalk.answered(found, size, offset, matches, more));
    }
}
