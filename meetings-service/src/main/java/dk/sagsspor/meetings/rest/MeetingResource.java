package dk.sagsspor.meetings.rest;

import dk.sagsspor.meetings.repository.MeetingFilter;
import dk.sagsspor.meetings.service.MeetingQueries;
import dk.sagsspor.meetings.service.Views;
import dk.sagsspor.problems.HttpCaching;
import dk.sagsspor.problems.Hrefs;
import dk.sagsspor.problems.ListPage;
import dk.sagsspor.problems.NdJson;
import dk.sagsspor.problems.PageRequest;
import dk.sagsspor.problems.QueryParams;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/meetings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "meetings", description = "Meetings with their agendas, decisions and attendance")
public class MeetingResource {

    static final String PAGE_EXAMPLE = "{\"items\": [{\"id\": \"su-2025-12-11\", \"committee\": "
            + "{\"id\": \"su\", \"name\": \"Socialudvalget\", \"abbreviation\": \"SU\"}, \"startsAt\": "
            + "\"2025-12-11T17:00:00+01:00\", \"location\": \"Mødelokale 8\", \"status\": \"FINAL\", \"version\": 1, "
            + "\"items\": 11, \"modifiedAt\": \"2026-01-05T10:00:00Z\", \"deleted\": false, "
            + "\"href\": \"http://localhost:8081/meetings/su-2025-12-11\"}], \"page\": 0, \"size\": 1, \"total\": 2, "
            + "\"links\": {\"self\": \"http://localhost:8081/meetings?committee=su&size=1\", "
            + "\"first\": \"http://localhost:8081/meetings?committee=su&size=1&page=0\", \"prev\": null, "
            + "\"next\": \"http://localhost:8081/meetings?committee=su&size=1&page=1\", "
            + "\"last\": \"http://localhost:8081/meetings?committee=su&size=1&page=1\"}}";

    static final String ITEM_EXAMPLE = """
            {"meetingId": "su-2025-12-11", "number": 4, "title": "Beslutning om hjemløsestrategi", "timeSlot": null,
             "caseNumber": "25-008999", "case": {"caseNumber": "25-008999", "href": "http://localhost:8082/cases/25-008999"},
             "decisionText": "Anbefales.", "outcome": "RECOMMENDED",
             "absentees": [{"personId": "hans-munk", "name": "Hans Munk", "href": "http://localhost:8081/persons/hans-munk"}],
             "sections": {"resume": "Forslag til hjemløsestrategi.", "indstillinger": "At strategien godkendes.",
                          "sagsfremstilling": null, "oekonomiskeKonsekvenser": null},
             "plannedRoute": ["dir", "bfu", "ubu", "su", "oeu", "kb"], "attachments": ["Hjemløsestrategi 2026-2030"],
             "href": "http://localhost:8081/meetings/su-2025-12-11/items/4"}""";

    @Inject
    MeetingQueries queries;
    @Inject
    Hrefs hrefs;
    @Inject
    HttpCaching caching;
    @Inject
    NdJson ndJson;

    @GET
    @Operation(operationId = "listMeetings", summary = "Meetings, newest first",
            description = "With modifiedSince, withdrawn meetings too (\"deleted\": true), for a mirror that syncs.")
    @APIResponse(responseCode = "200", description = "A page of meetings", content = @Content(
            schema = @Schema(implementation = Pages.MeetingPage.class),
            examples = @ExampleObject(name = "SU", value = PAGE_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "A filter or paging value is not valid")
    public RestResponse<ListPage<Views.MeetingSummary>> list(
            @Parameter(description = "A body id, e.g. su") @QueryParam("committee") String committee,
            @Parameter(description = "First day, e.g. 2025-08-01") @QueryParam("from") String from,
            @Parameter(description = "Last day, e.g. 2025-12-31") @QueryParam("to") String to,
            @Parameter(description = "Only meetings changed at or after this time (incremental sync)")
            @QueryParam("modifiedSince") String modifiedSince, @BeanParam PageRequest paging, @Context UriInfo uri) {
        paging.checked();
        MeetingFilter filter = new MeetingFilter(committee == null || committee.isBlank() ? null : committee.strip(),
                QueryParams.date("from", from), QueryParams.date("to", to), QueryParams.dateTime("modifiedSince", modifiedSince));
        return hrefs.page(queries.find(filter, paging.page(), paging.size()), paging, uri);
    }

    @GET
    @Path("/export")
    @Produces(NdJson.MEDIA_TYPE)
    @Operation(operationId = "exportMeetings", summary = "Every meeting as NDJSON, for a mirror",
            description = "One meeting per line, by id, each as GET /meetings/{id} answers it, streamed. With "
                    + "modifiedSince: those changed at or after that time, withdrawn ones too (\"deleted\": true).")
    @APIResponse(responseCode = "200", description = "Newline-delimited JSON, one meeting a line", content = @Content(
            mediaType = NdJson.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING),
            // A JSON string literal, so the document holds the two lines as one string, not the first line parsed.
            examples = @ExampleObject(name = "two lines, shortened", value = "\"{\\\"id\\\": \\\"bfu-2025-12-03\\\"}\\n"
                    + "{\\\"id\\\": \\\"su-2025-12-11\\\"}\\n\"")))
    @APIResponse(responseCode = "400", description = "modifiedSince is not a date-time")
    public Response export(@Parameter(description = "Only meetings changed at or after this time")
                           @QueryParam("modifiedSince") String modifiedSince) {
        OffsetDateTime since = QueryParams.dateTime("modifiedSince", modifiedSince);
        return ndJson.<Views.Meeting>export(last -> queries.exportBatch(last == null ? null : last.id(), since,
                EXPORT_BATCH));
    }

    /** Meetings read at a time by an export: each comes with its whole agenda. */
    private static final int EXPORT_BATCH = 100;

    @GET
    @Path("/{id}")
    @Operation(operationId = "getMeeting", summary = "One meeting with its agenda in order")
    @APIResponse(responseCode = "200", description = "The meeting", content = @Content(
            schema = @Schema(implementation = Views.Meeting.class),
            examples = @ExampleObject(name = "SU 11 December 2025", value = "{\"id\": \"su-2025-12-11\", "
                    + "\"committee\": {\"id\": \"su\", \"name\": \"Socialudvalget\", \"abbreviation\": \"SU\"}, "
                    + "\"startsAt\": \"2025-12-11T17:00:00+01:00\", \"location\": \"Mødelokale 8\", \"status\": \"FINAL\", "
                    + "\"version\": 1, \"documentId\": \"6c1d9f7e-0b7a-4a52-9a55-0d3f2f8f1e21\", \"document\": "
                    + "{\"documentId\": \"6c1d9f7e-0b7a-4a52-9a55-0d3f2f8f1e21\", \"href\": "
                    + "\"http://localhost:8080/documents/6c1d9f7e-0b7a-4a52-9a55-0d3f2f8f1e21\"}, \"attendees\": "
                    + "[{\"personId\": \"nikolaj-lykke-vad\", \"name\": \"Nikolaj Lykke Vad\", "
                    + "\"href\": \"http://localhost:8081/persons/nikolaj-lykke-vad\"}], \"absentees\": [], \"items\": ["
                    + ITEM_EXAMPLE + "], \"modifiedAt\": \"2026-01-05T10:00:00Z\", \"deleted\": false, "
                    + "\"href\": \"http://localhost:8081/meetings/su-2025-12-11\"}")))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag or date the request names")
    @APIResponse(responseCode = "404", description = "No such meeting")
    @APIResponse(responseCode = "410", description = "Every version of the meeting's minutes was withdrawn")
    public Response get(@PathParam("id") String id, @Context HttpHeaders request) {
        Views.Meeting meeting = queries.meeting(id);
        return caching.json(request, meeting, meeting.modifiedAt());
    }

    @GET
    @Path("/{id}/items/{number}")
    @Operation(operationId = "getMeetingItem",
            summary = "One agenda item: its sections, attachments, decision, absentees and case link")
    @APIResponse(responseCode = "200", description = "The item", content = @Content(
            schema = @Schema(implementation = Views.Item.class),
            examples = @ExampleObject(name = "hjemløsestrategi at SU", value = ITEM_EXAMPLE)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag or date the request names")
    @APIResponse(responseCode = "400", description = "number is not a whole number")
    @APIResponse(responseCode = "404", description = "No such meeting, or no item of that number in it")
    @APIResponse(responseCode = "410", description = "Every version of the meeting's minutes was withdrawn")
    public Response item(@PathParam("id") String id, @PathParam("number") String number,
                         @Context HttpHeaders request) {
        MeetingQueries.Item item = queries.item(id, QueryParams.integer("number", number));
        return caching.json(request, item.item(), item.modifiedAt());
    }
}
