package dk.sagsspor.cases.rest;

import dk.sagsspor.cases.domain.CaseStatus;
import dk.sagsspor.cases.domain.CaseView;
import dk.sagsspor.cases.service.CaseQueries;
import dk.sagsspor.cases.service.CaseQueries.CasePage;
import dk.sagsspor.problems.Paging;
import dk.sagsspor.problems.ProblemException;
import dk.sagsspor.problems.QueryParams;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The cases API: timelines of cases across bodies, and their changes as they happen. Thin: queries do the work. */
@Path("/cases")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "cases", description = "Each case's timeline across committees")
public class CaseResource {

    private static final Pattern CASE_NUMBER = Pattern.compile("\\d{2}-\\d{6}");

    @Inject
    CaseQueries queries;
    @Inject
    CaseStream stream;

    @GET
    @Operation(summary = "Cases, most recently active first",
            description = "Paged: the total is in X-Total-Count, next and previous pages in the Link header.")
    @APIResponse(responseCode = "200", description = "A page of cases",
            content = @Content(schema = @Schema(implementation = CaseQueries.CaseSummary[].class),
                    examples = @ExampleObject(name = "homelessness strategy", value = "[{\"caseNumber\": \"25-008999\", "
                            + "\"title\": \"Beslutning om hjemløsestrategi\", \"status\": \"IN_PROGRESS\", "
                            + "\"nextCommittee\": {\"id\": \"oeu\", \"name\": \"Økonomiudvalget\", \"abbreviation\": \"ØU\"}, "
                            + "\"lastActivity\": \"2025-12-11\"}]")))
    @APIResponse(responseCode = "400", description = "A filter or paging value is not valid")
    public Response list(@Parameter(description = "IN_PROGRESS, POSTPONED or CONCLUDED") @QueryParam("status") String status,
                         @Parameter(description = "A body id, e.g. su: cases on its route or with a step there")
                         @QueryParam("committee") String committee,
                         @Parameter(description = "Words in any title the case has carried") @QueryParam("q") String q,
                         @Parameter(description = "Only cases changed at or after this time, oldest change first, "
                                 + "deleted ones too (\"deleted\": true): for a mirror that syncs")
                         @QueryParam("modifiedSince") String modifiedSince,
                         @QueryParam("page") @DefaultValue("0") int page,
                         @QueryParam("size") @DefaultValue("50") int size, UriInfo uri) {
        Paging.check(page, size);
        CasePage result = queries.search(QueryParams.oneOf("status", status, CaseStatus.class), blankToNull(committee),
                blankToNull(q), QueryParams.dateTime("modifiedSince", modifiedSince), page, size);
        Response.ResponseBuilder response = Response.ok(result.items()).header("X-Total-Count", result.total());
        if ((long) (page + 1) * size < result.total()) {
            response.link(uri.getRequestUriBuilder().replaceQueryParam("page", page + 1).build(), "next");
        }
        if (page > 0) {
            response.link(uri.getRequestUriBuilder().replaceQueryParam("page", page - 1).build(), "prev");
        }
        return response.build();
    }

    @GET
    @Path("/{caseNumber}")
    @Operation(summary = "One case's whole timeline")
    @APIResponse(responseCode = "200", description = "The case", content = @Content(
            schema = @Schema(implementation = CaseView.class),
            examples = @ExampleObject(name = "homelessness strategy after SU", value = """
                    {"caseNumber": "25-008999", "title": "Beslutning om hjemløsestrategi",
                     "titles": [{"title": "Beslutning om hjemløsestrategi", "firstSeen": "2025-12-03", "lastSeen": "2025-12-11"}],
                     "status": "IN_PROGRESS",
                     "plannedRoute": [{"id": "dir", "name": "Direktionen", "abbreviation": "DIR"},
                                      {"id": "bfu", "name": "Børn- og Familieudvalget", "abbreviation": "BFU"},
                                      {"id": "ubu", "name": "Unge- og Beskæftigelsesudvalget", "abbreviation": "UBU"},
                                      {"id": "su", "name": "Socialudvalget", "abbreviation": "SU"},
                                      {"id": "oeu", "name": "Økonomiudvalget", "abbreviation": "ØU"},
                                      {"id": "kb", "name": "Kommunalbestyrelsen", "abbreviation": "KB"}],
                     "nextCommittee": {"id": "oeu", "name": "Økonomiudvalget", "abbreviation": "ØU"},
                     "pending": [{"id": "oeu", "name": "Økonomiudvalget", "abbreviation": "ØU"},
                                 {"id": "kb", "name": "Kommunalbestyrelsen", "abbreviation": "KB"}],
                     "lastActivity": "2025-12-11",
                     "steps": [{"date": "2025-12-09", "committee": {"id": "ubu", "name": "Unge- og Beskæftigelsesudvalget", "abbreviation": "UBU"},
                                "decisionText": "Anbefales.", "outcome": "RECOMMENDED", "absentees": ["Hans Munk"],
                                "conflict": false, "unplanned": false,
                                "sources": [{"documentId": "6c1d…", "meetingId": "su-2025-12-11", "itemNumber": 4,
                                             "kind": "CASE_HISTORY", "decisionText": "Anbefales."}]}]}""")))
    @APIResponse(responseCode = "400", description = "Not a case number (YY-NNNNNN)")
    @APIResponse(responseCode = "404", description = "No minutes have mentioned this case")
    @APIResponse(responseCode = "410", description = "Every document that spoke of the case was withdrawn or corrected")
    public CaseView get(@PathParam("caseNumber") String caseNumber) {
        return queries.find(checked(caseNumber)).orElseThrow(() -> ProblemException.notFound(
                "No minutes received so far mention case " + caseNumber + "."));
    }

    @GET
    @Path("/stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Blocking
    @Operation(summary = "case-updated events, live (Server-Sent Events), resumable",
            description = "Each event: `id:` its place in the publish order, `event: case-updated`, `data:` the "
                    + "case-updated (v2) payload, the whole case. Reconnect with the `Last-Event-ID` header (browsers' "
                    + "EventSource does so) to get every update after that one first, even across a restart. A "
                    + "comment line at least every 15 s keeps an idle connection open.")
    @APIResponse(responseCode = "200", description = "The stream", content = @Content(mediaType = MediaType.SERVER_SENT_EVENTS))
    @APIResponse(responseCode = "400", description = "A filter or Last-Event-ID is not valid")
    public Multi<OutboundSseEvent> stream(
            @Parameter(description = "Only this case, e.g. 25-008999") @QueryParam("case") String caseNumber,
            @Parameter(description = "Only cases on this body's route or with a step there, e.g. su")
            @QueryParam("committee") String committee,
            @HeaderParam("Last-Event-ID") String lastEventId, @Context Sse sse) {
        return stream.events(sse, caseNumber == null || caseNumber.isBlank() ? null : checked(caseNumber.strip()),
                blankToNull(committee), lastEventId);
    }

    @GET
    @Path("/{caseNumber}/events")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Blocking
    @Operation(summary = "One case's case-updated events, live (Server-Sent Events), resumable",
            description = "The same as /cases/stream?case={caseNumber}.")
    public Multi<OutboundSseEvent> events(@PathParam("caseNumber") String caseNumber,
                                          @HeaderParam("Last-Event-ID") String lastEventId, @Context Sse sse) {
        return stream.events(sse, checked(caseNumber), null, lastEventId);
    }

    private static String checked(String caseNumber) {
        if (!CASE_NUMBER.matcher(caseNumber).matches()) {
            throw ProblemException.invalidParameter(
                    "'" + caseNumber + "' is not a case number: expected YY-NNNNNN, e.g. 25-008999.");
        }
        return caseNumber;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
