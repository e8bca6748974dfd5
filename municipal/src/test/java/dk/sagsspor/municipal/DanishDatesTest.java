package dk.sagsspor.municipal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DanishDatesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Onsdag d. 03. december 2025 kl. 16:00 | 2025-12-03T16:00+01:00
            Torsdag d. 07. august 2025 kl. 17:00  | 2025-08-07T17:00+02:00
            14. oktober 2025, Kl. 10-13           | 2025-10-14T10:00+02:00
            Mandag d. 30. marts 2026 kl. 9.30     | 2026-03-30T09:30+02:00
            """)
    void meetingTimesCarryTheCopenhagenOffsetOfTheDay(String text, String expected) {
        LocalDate date = DanishDates.anyDate(text).orElseThrow();
        LocalTime time = DanishDates.clockTime(text).orElseThrow();
        assertEquals(expected, DanishDates.inCopenhagen(date, time).toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"17/11/2025, 2025-11-17", "03-12-2025, 2025-12-03", "1/2/2026, 2026-02-01"})
    void numericDates(String text, LocalDate expected) {
        assertEquals(expected, DanishDates.numericDate(text).orElseThrow());
    }

    @org.junit.jupiter.api.Test
    void impossibleDatesAreNoDates() {
        assertEquals(java.util.Optional.empty(), DanishDates.numericDate("31/02/2025"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"2025-12-11, 11. december 2025", "2026-03-01, 1. marts 2026", "2026-05-07, 7. maj 2026"})
    void datesAreWrittenAsADanishReaderWritesThem(LocalDate date, String expected) {
        assertEquals(expected, DanishDates.written(date));
    }
}
