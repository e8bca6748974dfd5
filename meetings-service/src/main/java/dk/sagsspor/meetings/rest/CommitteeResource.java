package dk.sagsspor.meetings.rest;

import dk.sagsspor.meetings.repository.MeetingFilter;
import dk.sagsspor.meetings.service.CommitteeQueries;
import dk.sagsspor.meetings.service.MeetingQueries;
import dk.sagsspor.meetings.service.PersonQueries;
import dk.sagsspor.meetings.service.Views;
import dk.sagsspor.municipal.ElectoralTerms;
import dk.sagsspor.problems.Paging;
import dk.sagsspor.problems.ProblemException;
import dk.sagsspor.problems.QueryParams;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/committees")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "committees", description = "Bodies (committees, councils, networks), their members and meetings")
public class CommitteeResource {

    @Inject
    CommitteeQueries committees;
    @Inject
    MeetingQueries meetings;
    @Inject
    PersonQueries persons;

    @GET
    @Operation(summary = "All bodies: the registry and every body the minutes have named")
    @APIResponse(responseCode = "200", description = "The bodies", content = @Content(
            schema = @Schema(implementation = Views.Committee[].class),
            examples = @ExampleObject(name = "Socialudvalget", value = "[{\"id\": \"su\", \"name\": \"Socialudvalget\", "
                    + "\"abbreviation\": \"SU\", \"kind\": \"STANDING_COMMITTEE\", \"modifiedAt\": \"2026-01-05T10:00:00Z\"}]")))
    @APIResponse(responseCode = "400", description = "modifiedSince is not a date-time")
    public List<Views.Committee> list(@Parameter(description = "Only bodies changed at or after this time (incremental sync)")
                                      @QueryParam("modifiedSince") String modifiedSince) {
        return committees.committees(QueryParams.dateTime("modifiedSince", modifiedSince));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One body")
    @APIResponse(responseCode = "200", description = "The body", content = @Content(schema = @Schema(implementation = Views.Committee.class)))
    @APIResponse(responseCode = "404", description = "No such body")
    public Views.Committee get(@PathParam("id") String id) {
        return committees.committee(id);
    }

    @GET
    @Path("/{id}/meetings")
    @Operation(summary = "The body's meetings, newest first")
    @APIResponse(responseCode = "200", description = "A page of meetings", content = @Content(schema = @Schema(implementation = Views.MeetingPage.class)))
    @APIResponse(responseCode = "400", description = "A filter or paging value is not valid")
    @APIResponse(responseCode = "404", description = "No such body")
    public Views.MeetingPage meetings(@PathParam("id") String id, @QueryParam("from") String from,
                                      @QueryParam("to") String to, @QueryParam("modifiedSince") String modifiedSince,
                                      @QueryParam("page") @DefaultValue("0") int page,
                                      @QueryParam("size") @DefaultValue("50") int size, UriInfo uri) {
        Paging.check(page, size);
        MeetingFilter filter = new MeetingFilter(id, QueryParams.date("from", from), QueryParams.date("to", to),
                QueryParams.dateTime("modifiedSince", modifiedSince));
        return MeetingPages.of(meetings.ofCommittee(filter, page, size), uri);
    }

    @GET
    @Path("/{id}/members")
    @Operation(summary = "The body's members per electoral term, from attendance",
            description = "A member is someone the minutes list as attending, or as absent (Afbud), at a meeting or step of the body.")
    @APIResponse(responseCode = "200", description = "The members", content = @Content(
            schema = @Schema(implementation = Views.Member[].class),
            examples = @ExampleObject(name = "SU member", value = "[{\"personId\": \"nikolaj-lykke-vad\", "
                    + "\"name\": \"Nikolaj Lykke Vad\", \"term\": \"2022-2025\", \"meetingsAttended\": 2, "
                    + "\"meetingsAbsent\": 0, \"firstSeen\": \"2025-08-07\", \"lastSeen\": \"2025-12-11\"}]")))
    @APIResponse(responseCode = "400", description = "term is not like 2022-2025")
    @APIResponse(responseCode = "404", description = "No such body")
    public List<Views.Member> members(@PathParam("id") String id,
                                      @Parameter(description = "Electoral term, e.g. 2022-2025") @QueryParam("term") String term,
                                      @Parameter(description = "Only members whose attendance changed at or after this time")
                                      @QueryParam("modifiedSince") String modifiedSince) {
        if (term != null && !ElectoralTerms.isWellFormed(term)) {
            throw ProblemException.invalidParameter("term must look like 2022-2025; got '" + term + "'.");
        }
        return persons.members(id, term, QueryParams.dateTime("modifiedSince", modifiedSince));
    }

    @GET
    @Path("/{id}/meetings.ics")
    @Produces("text/calendar")
    @Operation(summary = "The body's meetings as an iCalendar feed, for people who follow a council in their calendar")
    @APIResponse(responseCode = "200", description = "An iCalendar (RFC 5545) feed", content = @Content(mediaType = "text/calendar"))
    @APIResponse(responseCode = "404", description = "No such body")
    public Response calendar(@PathParam("id") String id) {
        return Response.ok(meetings.calendar(id), "text/calendar; charset=UTF-8").build();
    }
}
