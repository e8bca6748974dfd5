package dk.sagsspor.problems;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dk.sagsspor.events.IsoTimeModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

/** Answers keep the text they had; what the mapper reads is read as before (IsoTimeModuleTest compares the writers). */
class IsoDatesInAnswersTest {

    record Step(LocalDate date, OffsetDateTime startsAt) {
    }

    private static final Step STEP = new Step(LocalDate.of(2025, 12, 9),
            OffsetDateTime.of(2025, 12, 9, 16, 0, 0, 0, ZoneOffset.ofHours(1)));

    /** As Quarkus builds its mapper: Java time, dates as text, times read adjusted to UTC (Jackson's default). */
    private static ObjectMapper quarkusLike() {
        return JsonMapper.builder().addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    }

    private static ObjectMapper customized(ObjectMapper mapper) {
        new IsoDatesInAnswers().customize(mapper);
        return mapper;
    }

    /** Quarkus registers the Java time module in a customizer of its own, at {@code QUARKUS_CUSTOMIZER_PRIORITY}. */
    private static final ObjectMapperCustomizer QUARKUS_MODULES = new ObjectMapperCustomizer() {
        @Override
        public void customize(ObjectMapper mapper) {
            mapper.registerModule(new JavaTimeModule());
        }

        @Override
        public int priority() {
            return QUARKUS_CUSTOMIZER_PRIORITY;
        }
    };

    /**
     * Applied as Quarkus applies customizers (its producer sorts them in their natural order, which is descending
     * priority), whatever order they were found in.
     */
    @Test
    void inQuarkusOrderTheseWritersAreTheOnesUsed() throws JsonMappingException {
        List<ObjectMapperCustomizer> customizers = new ArrayList<>(List.of(new IsoDatesInAnswers(), QUARKUS_MODULES));
        Collections.sort(customizers);
        ObjectMapper mapper = JsonMapper.builder().disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();
        customizers.forEach(c -> c.customize(mapper));

        for (Class<?> type : List.of(LocalDate.class, OffsetDateTime.class)) {
            String writer = mapper.getSerializerProviderInstance().findValueSerializer(type).getClass().getName();
            assertTrue(writer.startsWith(IsoTimeModule.class.getName()), type.getSimpleName() + " written by " + writer);
        }
    }

    @Test
    void writesTheSameTextAndReadsAsBefore() throws JsonProcessingException {
        String json = quarkusLike().writeValueAsString(STEP);
        assertEquals("{\"date\":\"2025-12-09\",\"startsAt\":\"2025-12-09T16:00:00+01:00\"}", json);
        assertEquals(json, customized(quarkusLike()).writeValueAsString(STEP));
        assertEquals(quarkusLike().readValue(json, Step.class), customized(quarkusLike()).readValue(json, Step.class));
        assertEquals(ZoneOffset.UTC, customized(quarkusLike()).readValue(json, Step.class).startsAt().getOffset(),
                "read adjusted to UTC, as the mapper did");
    }

    /** Jackson writes a time in the mapper's own zone; these writers would keep its offset, so they stay out. */
    @Test
    void aMapperWithItsOwnTimeZoneKeepsJacksonsWriters() throws JsonProcessingException {
        Step utc = new Step(STEP.date(), STEP.startsAt().withOffsetSameInstant(ZoneOffset.UTC));
        TimeZone copenhagen = TimeZone.getTimeZone("Europe/Copenhagen");
        String inCopenhagen = quarkusLike().setTimeZone(copenhagen).writeValueAsString(utc);
        assertEquals("{\"date\":\"2025-12-09\",\"startsAt\":\"2025-12-09T16:00:00+01:00\"}", inCopenhagen);
        assertEquals(inCopenhagen, customized(quarkusLike().setTimeZone(copenhagen)).writeValueAsString(utc));
    }
}
