package dk.sagsspor.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class EventContractTest {

    // Deliberately a plain mapper: the records themselves keep OffsetDateTime offsets intact.
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    static Stream<Arguments> samples() {
        return Stream.of(
                Arguments.of(Samples.meetingPublished(), EventSchemas.MEETING_PUBLISHED_V1),
                Arguments.of(Samples.agendaItemDecided(), EventSchemas.AGENDA_ITEM_DECIDED_V1),
                Arguments.of(Samples.caseUpdated(), EventSchemas.CASE_UPDATED_V1),
                Arguments.of(Samples.agendaItemRetracted(), EventSchemas.AGENDA_ITEM_RETRACTED_V1),
                Arguments.of(Samples.meetingWithdrawn(), EventSchemas.MEETING_WITHDRAWN_V1),
                Arguments.of(Samples.caseUpdatedV2(), EventSchemas.CASE_UPDATED_V2),
                Arguments.of(Samples.caseDeleted(), EventSchemas.CASE_UPDATED_V2));
    }

    @ParameterizedTest
    @MethodSource("samples")
    void sampleValidatesAgainstSchemaAndRoundTrips(Record event, String schemaPath) throws IOException {
        String json = MAPPER.writeValueAsString(event);

        Set<ValidationMessage> errors = schema(schemaPath).validate(MAPPER.readTree(json));
        assertTrue(errors.isEmpty(), () -> errors + " in " + json);

        assertEquals(event, MAPPER.readValue(json, event.getClass()));
    }

    @Test
    void datesAreIsoStringsWithTheirOffset() throws IOException {
        JsonNode json = MAPPER.valueToTree(Samples.agendaItemDecided());
        assertEquals("2025-12-11", json.at("/meeting/date").asText());
        assertEquals("2025-12-09", json.at("/history/1/date").asText());
        assertEquals("Hans Munk", json.at("/history/1/absentees/0").asText());
        assertEquals("2025-12-12T09:15:30+01:00", json.get("publishedAt").asText());
    }

    /** The heading a consumer reads without the agenda says what the whole payload says of the meeting. */
    @Test
    void aMeetingsHeadingIsReadFromTheWholePayload() {
        MeetingPublishedV1 whole = Samples.meetingPublished();
        MeetingPublishedV1.Heading heading = EventJson.read(EventJson.write(whole), MeetingPublishedV1.Heading.class);
        assertEquals(new MeetingPublishedV1.Heading(whole.eventId(), whole.schemaVersion(), whole.meetingId(),
                whole.revision(), whole.body(), whole.startsAt()), heading);
        assertEquals(whole.startsAt().getOffset(), heading.startsAt().getOffset());
    }

    @Test
    void unknownFieldsAreIgnored() throws IOException {
        ObjectNode json = MAPPER.valueToTree(Samples.caseUpdated());
        json.put("addedInAFutureRelease", "x");
        ((ObjectNode) json.get("changedStep")).put("source", "somewhere");

        assertEquals(Samples.caseUpdated(), MAPPER.treeToValue(json, CaseUpdatedV1.class));
        assertTrue(schema(EventSchemas.CASE_UPDATED_V1).validate(json).isEmpty());
    }

    @Test
    void missingCaseNumberFailsValidation() {
        ObjectNode json = MAPPER.valueToTree(Samples.agendaItemDecided());
        json.remove("caseNumber");

        Set<ValidationMessage> errors = schema(EventSchemas.AGENDA_ITEM_DECIDED_V1).validate(json);
        assertFalse(errors.isEmpty());
        assertTrue(errors.toString().contains("caseNumber"), errors::toString);
    }

    @Test
    void malformedValuesFailValidation() {
        ObjectNode json = MAPPER.valueToTree(Samples.caseUpdated());
        json.put("caseNumber", "2025-8999");
        json.put("status", "DONE");
        json.put("occurredAt", "yesterday");
        ((ObjectNode) json.get("changedStep")).put("outcome", "MAYBE");

        Set<ValidationMessage> errors = schema(EventSchemas.CASE_UPDATED_V1).validate(json);
        assertEquals(4, errors.size(), errors::toString);
    }

    @Test
    void aRevisionlessV1EventFromBeforeRevisionsStillReads() throws IOException {
        ObjectNode json = MAPPER.valueToTree(Samples.agendaItemDecided());
        json.remove("revision");

        assertTrue(schema(EventSchemas.AGENDA_ITEM_DECIDED_V1).validate(json).isEmpty());
        assertEquals(0, MAPPER.treeToValue(json, AgendaItemDecidedV1.class).revision());
    }

    @Test
    void aDeletedCaseCarriesNoState() throws IOException {
        JsonNode json = MAPPER.valueToTree(Samples.caseDeleted());
        assertTrue(json.get("deleted").asBoolean());
        assertTrue(json.get("case").isNull());
        ObjectNode broken = MAPPER.valueToTree(Samples.caseUpdatedV2());
        ((ObjectNode) broken.get("case")).remove("steps");
        assertFalse(schema(EventSchemas.CASE_UPDATED_V2).validate(broken).isEmpty());
    }

    @Test
    void listsAreCopiedAndNeverNull() {
        List<String> route = new ArrayList<>(List.of("su", "kb"));
        MeetingItemV1 item = new MeetingItemV1(1, "t", null, null, null, "NONE", null, null, route, null, null);
        route.add("oeu");

        assertEquals(List.of("su", "kb"), item.plannedRoute());
        assertEquals(List.of(), item.absentees());
        assertEquals(List.of(), item.history());
        assertThrows(UnsupportedOperationException.class, () -> item.attachments().add("x"));
    }

    @Test
    void eventIdsAreDeterministic() {
        String id = EventIds.deterministic(EventTypes.AGENDA_ITEM_DECIDED_V1, Samples.SHA, "4");

        assertEquals(id, EventIds.deterministic(EventTypes.AGENDA_ITEM_DECIDED_V1, Samples.SHA, "4"));
        assertNotEquals(id, EventIds.deterministic(EventTypes.AGENDA_ITEM_DECIDED_V1, Samples.SHA, "5"));
        assertNotEquals(id, EventIds.deterministic(EventTypes.CASE_UPDATED_V1, Samples.SHA, "4"));
        // The separator keeps part boundaries: ("ab","c") is not ("a","bc").
        assertNotEquals(EventIds.deterministic("ab", "c"), EventIds.deterministic("a", "bc"));
        assertEquals(36, id.length());
    }

    @Test
    void asyncApiReferencesTheShippedSchemas() throws IOException {
        String asyncApi;
        try (InputStream in = resource(EventSchemas.ASYNCAPI)) {
            asyncApi = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        for (String path : List.of(EventSchemas.MEETING_PUBLISHED_V1, EventSchemas.AGENDA_ITEM_DECIDED_V1,
                EventSchemas.CASE_UPDATED_V1, EventSchemas.CASE_UPDATED_V2, EventSchemas.AGENDA_ITEM_RETRACTED_V1,
                EventSchemas.MEETING_WITHDRAWN_V1)) {
            assertTrue(asyncApi.contains("./schema/" + path.substring(path.lastIndexOf('/') + 1)), path);
        }
        for (String value : List.of(Topics.MEETING_PUBLISHED, Topics.AGENDA_ITEM_DECIDED, Topics.CASE_UPDATED,
                EventTypes.MEETING_PUBLISHED_V1, EventTypes.AGENDA_ITEM_DECIDED_V1, EventTypes.CASE_UPDATED_V1,
                EventTypes.CASE_UPDATED_V2, EventTypes.AGENDA_ITEM_RETRACTED_V1, EventTypes.MEETING_WITHDRAWN_V1,
                "cleanup.policy", CloudEventHeaders.SEQUENCE,
                CloudEventHeaders.ID, CloudEventHeaders.TYPE, CloudEventHeaders.SOURCE, CloudEventHeaders.SUBJECT,
                CloudEventHeaders.TIME, CloudEventHeaders.SPECVERSION)) {
            assertTrue(asyncApi.contains(value), value);
        }
    }

    private static JsonSchema schema(String path) {
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        try (InputStream in = resource(path)) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in, config);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static InputStream resource(String path) {
        InputStream in = EventContractTest.class.getResourceAsStream(path);
        assertNotNull(in, path);
        return in;
    }
}
