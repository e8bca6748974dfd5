package dk.sagsspor.cases.rest;

import dk.sagsspor.cases.domain.CaseStatus;
import dk.sagsspor.cases.service.CaseAnswers;
import dk.sagsspor.cases.service.CaseQueries;
import dk.sagsspor.cases.service.CaseQueries.CaseSummary;
import dk.sagsspor.cases.service.CaseViews;
import dk.sagsspor.problems.HttpCaching;
import dk.sagsspor.problems.Hrefs;
import dk.sagsspor.problems.ListPage;
import dk.sagsspor.problems.NdJson;
import dk.sagsspor.problems.PageRequest;
import dk.sagsspor.problems.ProblemException;
import dk.sagsspor.problems.QueryParams;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** The cases API: timelines of cases across bodies, and their changes as they happen. Thin: queries do the work. */
@Path("/cases")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "cases", description = "Each case's timeline across committees")
public class CaseResource {

    private static final Pattern CASE_NUMBER = Pattern.compile("\\d{2}-\\d{6}");

    /** The schema of a page of cases (see ListPage). */
    static final class CasePage extends ListPage<CaseSummary> {
        private CasePage() {
            super(List.of(), 0, 0, 0, null);
        }
    }

    /** Cases read at a time by an export. */
    private static final int EXPORT_BATCH = 200;
    private static final String REPLAY_TOO_LONG = "Last-Event-ID is more than sagsspor.stream.max-replay (1,000) "
            + "updates behind: catch up with GET /cases?modifiedSince=..., then connect without it";
    private static final String SSE_EXAMPLE = "id: 42\nevent: case-updated\ndata: {\"caseNumber\": \"25-008999\", ...}\n\n";

    @Inject
    CaseQueries queries;
    @Inject
    CaseAnswers answers;
    @Inject
    CaseStream stream;
    @Inject
    Hrefs hrefs;
    @Inject
    NdJson ndJson;

    @GET
    @Operation(operationId = "listCases", summary = "Cases, most recently active first",
            description = "Paged in the one list shape. Until issue 14 this answered a bare array; the total is still "
                    + "in X-Total-Count and the neighbouring pages in the Link header, for older clients.")
    @APIResponse(responseCode = "200", description = "A page of cases", content = @Content(
            schema = @Schema(implementation = CasePage.class), examples = @ExampleObject(name = "homelessness strategy", value = "{\"items\": [{\"caseNumber\": \"25-008999\", "
                    + "\"title\": \"Beslutning om hjemløsestrategi\", \"status\": \"IN_PROGRESS\", "
                    + "\"nextCommittee\": {\"id\": \"oeu\", \"name\": \"Økonomiudvalget\", \"abbreviation\": \"ØU\"}, "
                    + "\"lastActivity\": \"2025-12-11\", \"revision\": 3, \"modifiedAt\": \"2026-01-05T10:00:00Z\", "
                    + "\"deleted\": false, \"href\": \"http://localhost:8082/cases/25-008999\"}], \"page\": 0, \"size\": 1, "
                    + "\"total\": 5, \"links\": {\"self\": \"http://localhost:8082/cases?size=1\", "
                    + "\"first\": \"http://localhost:8082/cases?size=1&page=0\", \"prev\": null, "
                    + "\"next\": \"http://localhost:8082/cases?size=1&page=1\", "
                    + "\"last\": \"http://localhost:8082/cases?size=1&page=4\"}}")))
    @APIResponse(responseCode = "400", description = "A filter or paging value is not valid")
    public RestResponse<ListPage<CaseSummary>> list(
            @Parameter(description = "IN_PROGRESS, POSTPONED or CONCLUDED") @QueryParam("status") String status,
            @Parameter(description = "A body id, e.g. su: cases on its route or with a step there")
            @QueryParam("committee") String committee,
            @Parameter(description = "Words in any title the case has carried") @QueryParam("q") String q,
            @Parameter(description = "Only cases changed at or after this time, oldest change first, "
                    + "deleted ones too (\"deleted\": true): for a mirror that syncs")
            @QueryParam("modifiedSince") String modifiedSince, @BeanParam PageRequest paging, @Context UriInfo uri) {
        paging.checked();
        return hrefs.page(queries.search(QueryParams.oneOf("status", status, CaseStatus.class), blankToNull(committee),
                blankToNull(q), QueryParams.dateTime("modifiedSince", modifiedSince), paging.page(), paging.size()),
                paging, uri);
    }

    @GET
    @Path("/export")
    @Produces(NdJson.MEDIA_TYPE)
    @Operation(operationId = "exportCases", summary = "Every case as NDJSON, for a mirror",
            description = "One case per line, by case number, each as GET /cases/{caseNumber} answers it, streamed. "
                    + "With modifiedSince: those changed at or after that time, deleted ones too (\"deleted\": true).")
    @APIResponse(responseCode = "200", description = "Newline-delimited JSON, one case a line", content = @Content(
            mediaType = NdJson.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING),
            // A JSON string literal, so the document holds the two lines as one string, not the first line parsed.
            examples = @ExampleObject(name = "two lines, shortened", value = "\"{\\\"caseNumber\\\": \\\"22-008459\\\"}\\n"
                    + "{\\\"caseNumber\\\": \\\"25-008999\\\"}\\n\"")))
    @APIResponse(responseCode = "400", description = "modifiedSince is not a date-time")
    public Response export(@Parameter(description = "Only cases changed at or after this time")
                           @QueryParam("modifiedSince") String modifiedSince) {
        OffsetDateTime since = QueryParams.dateTime("modifiedSince", modifiedSince);
        return ndJson.<CaseViews.Case>export(last -> queries.exportBatch(last == null ? null : last.caseNumber(),
                since, EXPORT_BATCH));
    }

    @GET
    @Path("/{caseNumber}")
    @Operation(operationId = "getCase", summary = "One case's whole timeline")
    @APIResponse(responseCode = "200", description = "The case", content = @Content(
            schema = @Schema(implementation = CaseViews.Case.class),
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
                                "decisionText": "Anbefales.", "outcome": "RECOMMENDED",
                                "absentees": [{"personId": "hans-munk", "name": "Hans Munk", "href": "http://localhost:8081/persons/hans-munk"}],
                                "conflict": false, "unplanned": false, "meeting": null,
                                "sources": [{"documentId": "6c1d9f7e-0b7a-4a52-9a55-0d3f2f8f1e21", "meetingId": "su-2025-12-11",
                                             "itemNumber": 4, "kind": "CASE_HISTORY", "decisionText": "Anbefales.",
                                             "document": {"documentId": "6c1d9f7e-0b7a-4a52-9a55-0d3f2f8f1e21",
                                                          "href": "http://localhost:8080/documents/6c1d9f7e-0b7a-4a52-9a55-0d3f2f8f1e21"},
                                             "meeting": {"id": "su-2025-12-11", "startsAt": "2025-12-11T17:00:00+01:00",
                                                         "href": "http://localhost:8081/meetings/su-2025-12-11"},
                                             "item": {"meetingId": "su-2025-12-11", "number": 4,
                                                      "href": "http://localhost:8081/meetings/su-2025-12-11/items/4"}}]}],
                     "revision": 3, "modifiedAt": "2026-01-05T10:00:00Z", "deleted": false,
                     "href": "http://localhost:8082/cases/25-008999"}""")))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag or date the request names")
    @APIResponse(responseCode = "400", description = "Not a case number (YY-NNNNNN)")
    @APIResponse(responseCode = "404", description = "No minutes have mentioned this case")
    @APIResponse(responseCode = "410", description = "Every document that spoke of the case was withdrawn or corrected")
    public Response get(@PathParam("caseNumber") String caseNumber, @Context HttpHeaders request) {
        String number = checked(caseNumber);
        return HttpCaching.respond(request, answers.answer(number, () -> queries.answer(number))
                .orElseThrow(() -> ProblemException.notFound("No minutes received so far mention case " + number + ".")));
    }

    @GET
    @Path("/stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Blocking
    @Operation(operationId = "streamCases", summary = "case-updated events, live (Server-Sent Events), resumable",
            description = "Each event: `id:` its place in the publish order, `event: case-updated`, `data:` the "
                    + "case-updated (v2) payload, the whole case. Reconnect with the `Last-Event-ID` header (browsers' "
                    + "EventSource does so) to get every update after that one first, even across a restart. A "
                    + "comment line at least every 15 s keeps an idle connection open.")
    @APIResponse(responseCode = "200", description = "The stream", content = @Content(
            mediaType = MediaType.SERVER_SENT_EVENTS, schema = @Schema(type = SchemaType.STRING),
            examples = @ExampleObject(name = "one update", value = SSE_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "A filter or Last-Event-ID is not valid")
    @APIResponse(responseCode = "410", description = REPLAY_TOO_LONG)
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
    @Operation(operationId = "streamCase", summary = "One case's case-updated events, live (Server-Sent Events), resumable",
            description = "The same as /cases/stream?case={caseNumber}.")
    @APIResponse(responseCode = "200", description = "The stream", content = @Content(
            mediaType = MediaType.SERVER_SENT_EVENTS, schema = @Schema(type = SchemaType.STRING),
            examples = @ExampleObject(name = "one update", value = SSE_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "Not a case number, or Last-Event-ID is not valid")
    @APIResponse(responseCode = "410", description = REPLAY_TOO_LONG)
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
