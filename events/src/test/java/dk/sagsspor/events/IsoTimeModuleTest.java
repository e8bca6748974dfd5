package dk.sagsspor.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fast dates write and read exactly what JavaTimeModule writes and reads: compared with a mapper that has only
 * JavaTimeModule (as EventJson had before), over random values and the edges of every field.
 */
class IsoTimeModuleTest {

    private static final ObjectMapper STANDARD = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .build();

    record Dated(LocalDate date, OffsetDateTime time) {
    }

    static Stream<Dated> values() {
        Random random = new Random(13);
        Stream<Dated> edges = Stream.of(
                new Dated(LocalDate.of(2025, 1, 1), OffsetDateTime.of(2025, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC)),
                new Dated(LocalDate.of(0, 1, 1), OffsetDateTime.of(0, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC)),
                new Dated(LocalDate.of(9999, 12, 31),
                        OffsetDateTime.of(9999, 12, 31, 23, 59, 59, 999_999_999, ZoneOffset.ofHours(18))),
                new Dated(LocalDate.of(10000, 1, 1), OffsetDateTime.of(10000, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC)),
                new Dated(LocalDate.of(-1, 6, 15), OffsetDateTime.of(-1, 6, 15, 12, 0, 0, 0, ZoneOffset.UTC)),
                new Dated(LocalDate.of(2024, 2, 29),
                        OffsetDateTime.of(2024, 2, 29, 12, 30, 0, 100_000_000, ZoneOffset.ofHoursMinutes(-9, -30))),
                new Dated(LocalDate.of(2025, 10, 9),
                        OffsetDateTime.of(2025, 10, 9, 9, 5, 7, 1, ZoneOffset.ofHoursMinutesSeconds(1, 2, 3))),
                new Dated(LocalDate.of(2025, 10, 9),
                        OffsetDateTime.of(2025, 10, 9, 9, 5, 7, 123_456_000, ZoneOffset.ofHours(-18))));
        Stream<Dated> randomOnes = Stream.generate(() -> {
            LocalDate date = LocalDate.ofEpochDay(random.nextInt(4_000_000) - 700_000);
            int nano = switch (random.nextInt(4)) {
                case 0 -> 0;
                case 1 -> random.nextInt(1000) * 1_000_000;
                case 2 -> random.nextInt(1_000_000) * 1000;
                default -> random.nextInt(1_000_000_000);
            };
            ZoneOffset offset = random.nextBoolean() ? ZoneOffset.UTC
                    : ZoneOffset.ofTotalSeconds((random.nextInt(36 * 4 + 1) - 72) * 15 * 60);
            LocalDateTime at = LocalDateTime.of(date, java.time.LocalTime.ofSecondOfDay(random.nextInt(86_400)))
                    .withNano(nano);
            return new Dated(date, OffsetDateTime.of(at, offset));
        }).limit(20_000);
        return Stream.concat(edges, randomOnes);
    }

    @Test
    void writesWhatJavaTimeModuleWritesAndReadsItBack() {
        values().forEach(value -> {
            try {
                String expected = STANDARD.writeValueAsString(value);
                assertEquals(expected, EventJson.write(value));
                assertEquals(STANDARD.readValue(expected, Dated.class), EventJson.read(expected, Dated.class), expected);
            } catch (JsonProcessingException e) {
                throw new AssertionError(value.toString(), e);
            }
        });
    }

    /** Forms the fast path leaves to JavaTimeModule, which reads them as before. */
    @ParameterizedTest
    @ValueSource(strings = {
            "{\"date\":\"+12025-01-01\",\"time\":\"2025-01-01T10:00+01:00\"}",
            "{\"date\":\"2025-01-01\",\"time\":\"2025-01-01T10:00:00.5+01:00:30\"}",
            "{\"date\":[2025,1,1],\"time\":\"2025-01-01T10:00:00.123456789Z\"}",
            "{\"date\":\"2025-01-01\",\"time\":1735725600.5}",
            "{\"date\":\"2025-01-01\",\"time\":\"2025-01-01T10:00:00+0100\"}",
            "{\"date\":\"\",\"time\":null}",
            "{\"date\":\"2025-01-01\",\"time\":\"2025-01-01T10:00:00.Z\"}"})
    void readsOtherFormsAsJavaTimeModuleDoes(String json) throws JsonProcessingException {
        assertEquals(STANDARD.readValue(json, Dated.class), EventJson.read(json, Dated.class));
    }

    /** Text neither reads: refused by the fast path's fallback as before. */
    @ParameterizedTest
    @ValueSource(strings = {
            "{\"date\":\"2025-02-30\"}",
            "{\"date\":\"2025-1-01\"}",
            "{\"date\":\"2O25-01-01\"}",
            "{\"time\":\"2025-01-01T25:00:00Z\"}",
            "{\"time\":\"2025-01-01T10:00:00.1234567890Z\"}",
            "{\"time\":\"2025-01-01T10:00:00+19:00\"}",
            "{\"time\":\"2025-01-01T10:00:00\"}"})
    void refusesWhatJavaTimeModuleRefuses(String json) {
        assertThrows(JsonProcessingException.class, () -> STANDARD.readValue(json, Dated.class));
        assertThrows(EventJson.UnreadableJsonException.class, () -> EventJson.read(json, Dated.class));
    }

    @Test
    void writesTheFormattersTextForAUtcTimeWithMicroseconds() {
        assertEquals("2025-03-04T05:06:07.1234Z",
                IsoTimeModule.format(OffsetDateTime.of(2025, 3, 4, 5, 6, 7, 123_400_000, ZoneOffset.UTC)));
        assertEquals("0999-12-31", IsoTimeModule.format(LocalDate.of(999, 12, 31)));
    }
}
