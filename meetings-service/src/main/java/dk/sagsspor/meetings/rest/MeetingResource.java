package dk.sagsspor.meetings.rest;

import dk.sagsspor.meetings.repository.MeetingFilter;
import dk.sagsspor.meetings.service.MeetingQueries;
import dk.sagsspor.meetings.service.Views;
import dk.sagsspor.problems.Paging;
import dk.sagsspor.problems.QueryParams;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/meetings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "meetings", description = "Meetings with their agendas, decisions and attendance")
public class MeetingResource {

    @Inject
    MeetingQueries queries;

    @GET
    @Operation(summary = "Meetings, newest first", description = "Paged; `total` counts all matches, `next` and `prev` link to the neighbouring pages.")
    @APIResponse(responseCode = "200", description = "A page of meetings", content = @Content(
            schema = @Schema(implementation = Views.MeetingPage.class),
            examples = @ExampleObject(name = "SU", value = "{\"items\": [{\"id\": \"su-2025-12-11\", \"committee\": "
                    + "{\"id\": \"su\", \"name\": \"Socialudvalget\", \"abbreviation\": \"SU\"}, \"startsAt\": "
                    + "\"2025-12-11T17:00:00+01:00\", \"location\": \"Mødelokale 8\", \"status\": \"FINAL\", \"version\": 1, "
                    + "\"items\": 11, \"modifiedAt\": \"2026-01-05T10:00:00Z\"}], \"total\": 2, \"page\": 0, \"size\": 1, "
                    + "\"next\": \"/meetings?committee=su&size=1&page=1\", \"prev\": null}")))
    @APIResponse(responseCode = "400", description = "A filter or paging value is not valid")
    public Views.MeetingPage list(@Parameter(description = "A body id, e.g. su") @QueryParam("committee") String committee,
                                  @Parameter(description = "First day, e.g. 2025-08-01") @QueryParam("from") String from,
                                  @Parameter(description = "Last day, e.g. 2025-12-31") @QueryParam("to") String to,
                                  @Parameter(description = "Only meetings changed at or after this time (incremental sync)")
                                  @QueryParam("modifiedSince") String modifiedSince,
                                  @QueryParam("page") @DefaultValue("0") int page,
                                  @QueryParam("size") @DefaultValue("50") int size, UriInfo uri) {
        Paging.check(page, size);
        MeetingFilter filter = new MeetingFilter(committee == null || committee.isBlank() ? null : committee.strip(),
                QueryParams.date("from", from), QueryParams.date("to", to), QueryParams.dateTime("modifiedSince", modifiedSince));
        return MeetingPages.of(queries.find(filter, page, size), uri);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One meeting with its agenda in order")
    @APIResponse(responseCode = "200", description = "The meeting", content = @Content(schema = @Schema(implementation = Views.Meeting.class)))
    @APIResponse(responseCode = "404", description = "No such meeting")
    public Views.Meeting get(@PathParam("id") String id) {
        return queries.meeting(id);
    }
}
