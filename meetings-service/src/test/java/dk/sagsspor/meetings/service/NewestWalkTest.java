package dk.sagsspor.meetings.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** When a newest-first search walks the newest items, how far, and when the walk answered the page: no server. */
class NewestWalkTest {

    @ParameterizedTest(name = "page end {0}, {1} of {2} items match: walk {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # end | matches | items   | window: 4 × end × items / matches, at most 10,000, else 0 (sort every match)
            50    | 25000   | 325000  | 2600
            50    | 2500    | 100000  | 8000
            50    | 2000    | 100000  | 10000
            50    | 1999    | 100000  | 0
            1     | 3       | 325000  | 0
            1     | 10      | 60      | 24
            10000 | 25000   | 325000  | 0
            50    | 0       | 325000  | 0
            # PostgreSQL has not counted the table yet: no estimate, no walk
            50    | 25000   | 0       | 0
            """)
    void walksFourTimesWhatAnEvenSpreadNeedsAndNoMoreThanTenThousandItems(long end, long matches, long items,
                                                                            int window) {
        assertEquals(window, NewestWalk.window(end, matches, items));
    }

    @ParameterizedTest(name = "found {0} of a page of {1} at offset {2}, {3} matches: answered {4}")
    @CsvSource(delimiter = '|', textBlock = """
            # found | size | offset | matches | answered
            50      | 50   | 0      | 25000   | true
            49      | 50   | 0      | 25000   | false
            # the last page: the rest of the matches
            10      | 50   | 100    | 110     | true
            9       | 50   | 100    | 110     | false
            0       | 1    | 0      | 1       | false
            """)
    void aWalkAnswersWithAFullPageOrTheLastMatches(int found, int size, long offset, long matches, boolean answered) {
        assertEquals(answered, NewestWalk.answered(found, size, offset, matches));
    }
}
