package dk.sagsspor.cases.rest;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.sagsspor.events.IsoTimeModule;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The mapper that writes this service's answers (a case's dozens of dates, for every case a decision changes) writes
 * dates with {@link IsoTimeModule}'s writers, not through Jackson's formatters: Quarkus registers Jackson's Java time
 * module in a customizer of its own, and whichever module is registered last writes a type.
 */
@QuarkusTest
class AnswerDatesTest {

    @Inject
    ObjectMapper mapper;

    @Test
    void datesInAnswersAreWrittenByTheIsoWriters() throws JsonMappingException {
        for (Class<?> type : List.of(LocalDate.class, OffsetDateTime.class)) {
            String writer = mapper.getSerializerProviderInstance().findValueSerializer(type).getClass().getName();
            assertTrue(writer.startsWith(IsoTimeModule.class.getName()), type.getSimpleName() + " written by " + writer);
        }
    }
}
