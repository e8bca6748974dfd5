package dk.sagsspor.meetings.rest;

import dk.sagsspor.meetings.repository.MeetingFilter;
import dk.sagsspor.meetings.service.CommitteeQueries;
import dk.sagsspor.meetings.service.MeetingQueries;
import dk.sagsspor.meetings.service.PersonQueries;
import dk.sagsspor.meetings.service.Views;
import dk.sagsspor.municipal.ElectoralTerms;
import dk.sagsspor.problems.HttpCaching;
import dk.sagsspor.problems.Hrefs;
import dk.sagsspor.problems.ListPage;
import dk.sagsspor.problems.PageRequest;
import dk.sagsspor.problems.ProblemException;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/committees")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "committees", description = "Bodies (committees, councils, networks), their members and meetings")
public class CommitteeResource {

    static final String COMMITTEE_EXAMPLE = "{\"id\": \"su\", \"name\": \"Socialudvalget\", \"abbreviation\": \"SU\", "
            + "\"kind\": \"STANDING_COMMITTEE\", \"modifiedAt\": \"2026-01-05T10:00:00Z\", "
            + "\"href\": \"http://localhost:8081/committees/su\"}";

    @Inject
    CommitteeQueries committees;
    @Inject
    MeetingQueries meetings;
    @Inject
    PersonQueries persons;
    @Inject
    Hrefs hrefs;
    @Inject
    HttpCaching caching;

    @GET
    @Operation(operationId = "listCommittees", summary = "All bodies: the registry and every body the minutes have named",
            description = "Paged, by id.")
    @APIResponse(responseCode = "200", description = "A page of bodies", content = @Content(
            schema = @Schema(implementation = Pages.CommitteePage.class),
            examples = @ExampleObject(
            name = "Socialudvalget", value = "{\"items\": [" + COMMITTEE_EXAMPLE + "], \"page\": 0, \"size\": 1, "
            + "\"total\": 12, \"links\": {\"self\": \"http://localhost:8081/committees?size=1\", "
            + "\"first\": \"http://localhost:8081/committees?size=1&page=0\", \"prev\": null, "
            + "\"next\": \"http://localhost:8081/committees?size=1&page=1\", "
            + "\"last\": \"http://localhost:8081/committees?size=1&page=11\"}}")))
    @APIResponse(responseCode = "400", description = "modifiedSince is not a date-time, or a paging value is out of range")
    public RestResponse<ListPage<Views.Committee>> list(
            @Parameter(description = "Only bodies changed at or after this time (incremental sync)")
            @QueryParam("modifiedSince") String modifiedSince, @BeanParam PageRequest paging, @Context UriInfo uri) {
        paging.checked();
        return hrefs.page(committees.committees(QueryParams.dateTime("modifiedSince", modifiedSince), paging.page(),
                paging.size()), paging, uri);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getCommittee", summary = "One body")
    @APIResponse(responseCode = "200", description = "The body", content = @Content(
            schema = @Schema(implementation = Views.Committee.class),
            examples = @ExampleObject(name = "Socialudvalget", value = COMMITTEE_EXAMPLE)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag or date the request names")
    @APIResponse(responseCode = "404", description = "No such body")
    public Response get(@PathParam("id") String id, @Context HttpHeaders request) {
        Views.Committee committee = committees.committee(id);
        return caching.json(request, committee, committee.modifiedAt());
    }

    @GET
    @Path("/{id}/meetings")
    @Operation(operationId = "listCommitteeMeetings", summary = "The body's meetings, newest first",
            description = "The same as /meetings?committee={id}, but 404 for an unknown body.")
    @APIResponse(responseCode = "200", description = "A page of meetings", content = @Content(
            schema = @Schema(implementation = Pages.MeetingPage.class),
            examples = @ExampleObject(
            name = "SU", value = MeetingResource.PAGE_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "A filter or paging value is not valid")
    @APIResponse(responseCode = "404", description = "No such body")
    public RestResponse<ListPage<Views.MeetingSummary>> meetings(
            @PathParam("id") String id,
            @Parameter(description = "First day, e.g. 2025-08-01") @QueryParam("from") String from,
            @Parameter(description = "Last day, e.g. 2025-12-31") @QueryParam("to") String to,
            @Parameter(description = "Only meetings changed at or after this time (incremental sync)")
            @QueryParam("modifiedSince") String modifiedSince, @BeanParam PageRequest paging, @Context UriInfo uri) {
        paging.checked();
        MeetingFilter filter = new MeetingFilter(id, QueryParams.date("from", from), QueryParams.date("to", to),
                QueryParams.dateTime("modifiedSince", modifiedSince));
        return hrefs.page(meetings.ofCommittee(filter, paging.page(), paging.size()), paging, uri);
    }

    @GET
    @Path("/{id}/members")
    @Operation(operationId = "listCommitteeMembers", summary = "The body's members per electoral term, from attendance",
            description = "A member is someone the minutes list as attending, or as absent (Afbud), at a meeting or "
                    + "step of the body. Newest term first, then by name.")
    @APIResponse(responseCode = "200", description = "A page of members", content = @Content(
            schema = @Schema(implementation = Pages.MemberPage.class),
            examples = @ExampleObject(
            name = "SU member", value = "{\"items\": [{\"personId\": \"nikolaj-lykke-vad\", "
            + "\"name\": \"Nikolaj Lykke Vad\", \"term\": \"2022-2025\", \"meetingsAttended\": 2, "
            + "\"meetingsAbsent\": 0, \"firstSeen\": \"2025-08-07\", \"lastSeen\": \"2025-12-11\", "
            + "\"modifiedAt\": \"2026-01-05T10:00:00Z\", \"href\": \"http://localhost:8081/persons/nikolaj-lykke-vad\"}], "
            + "\"page\": 0, \"size\": 50, \"total\": 1, \"links\": {\"self\": \"http://localhost:8081/committees/su/members\", "
            + "\"first\": \"http://localhost:8081/committees/su/members?page=0\", \"prev\": null, \"next\": null, "
            + "\"last\": \"http://localhost:8081/committees/su/members?page=0\"}}")))
    @APIResponse(responseCode = "400", description = "term is not like 2022-2025, or a paging value is out of range")
    @APIResponse(responseCode = "404", description = "No such body")
    public RestResponse<ListPage<Views.Member>> members(
            @PathParam("id") String id,
            @Parameter(description = "Electoral term, e.g. 2022-2025") @QueryParam("term") String term,
            @Parameter(description = "Only members whose attendance changed at or after this time")
            @QueryParam("modifiedSince") String modifiedSince, @BeanParam PageRequest paging, @Context UriInfo uri) {
        if (term != null && !ElectoralTerms.isWellFormed(term)) {
            throw ProblemException.invalidParameter("term must look like 2022-2025; got '" + term + "'.");
        }
        paging.checked();
        return hrefs.page(persons.members(id, term, QueryParams.dateTime("modifiedSince", modifiedSince),
                paging.page(), paging.size()), paging, uri);
    }

    @GET
    @Path("/{id}/meetings.ics")
    @Produces("text/calendar")
    @Operation(operationId = "getCommitteeCalendar",
            summary = "The body's meetings as an iCalendar feed, for people who follow a council in their calendar")
    @APIResponse(responseCode = "200", description = "An iCalendar (RFC 5545) feed", content = @Content(
            mediaType = "text/calendar", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING),
            examples = @ExampleObject(name = "SU", value = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Sagsspor//DA\r\n"
                    + "X-WR-CALNAME:Socialudvalget\r\nEND:VCALENDAR\r\n")))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag or date the request names")
    @APIResponse(responseCode = "404", description = "No such body")
    public Response calendar(@PathParam("id") String id, @Context HttpHeaders request) {
        MeetingQueries.Calendar calendar = meetings.calendar(id);
        return caching.text(request, calendar.text(), "text/calendar; charset=UTF-8", calendar.modifiedAt());
    }
}
