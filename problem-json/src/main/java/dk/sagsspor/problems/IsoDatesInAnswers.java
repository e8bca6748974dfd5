package dk.sagsspor.problems;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.sagsspor.events.IsoTimeModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * The services' answers write their dates as {@link dk.sagsspor.events.EventJson} does ({@link IsoTimeModule}: the
 * text of {@code DateTimeFormatter.ISO_LOCAL_DATE} and {@code ISO_OFFSET_DATE_TIME}, written without them): a case's
 * answer holds dozens of dates, and cases-service writes one for every case a decision changes (issue 13). Reading is
 * left to the mapper as Quarkus configures it. A mapper given an explicit time zone ({@code quarkus.jackson.timezone}
 * other than UTC), in which Jackson would write every time, keeps Jackson's writers.
 */
@Singleton
public class IsoDatesInAnswers implements ObjectMapperCustomizer {

    /**
     * After Quarkus's own customizers ({@link #QUARKUS_CUSTOMIZER_PRIORITY}), one of which registers Jackson's
     * {@code JavaTimeModule}: the module registered last writes a type, so before it these writers were never used
     * (a JFR profile of cases-service showed its answers' times still written through {@code DateTimeFormatter}).
     */
    @Override
    public int priority() {
        return QUARKUS_CUSTOMIZER_PRIORITY - 1;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        if (!mapper.getSerializationConfig().hasExplicitTimeZone()) {
            mapper.registerModule(IsoTimeModule.writers());
        }
    }
}
