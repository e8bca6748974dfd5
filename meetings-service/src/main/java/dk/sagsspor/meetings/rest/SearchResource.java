package dk.sagsspor.meetings.rest;

import dk.sagsspor.meetings.service.SearchQueries;
import dk.sagsspor.meetings.service.Views;
import dk.sagsspor.problems.ProblemException;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/search")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "search", description = "Danish full-text search over agenda items")
public class SearchResource {

    @Inject
    SearchQueries queries;

    @GET
    @Operation(summary = "Agenda items matching words in titles, decisions and sections, best first",
            description = "PostgreSQL full-text search with the Danish configuration; every word also matches as a "
                    + "prefix of a compound, so hjemløs finds hjemløsestrategien. The snippet marks matches with « ».")
    @APIResponse(responseCode = "200", description = "The matches", content = @Content(
            schema = @Schema(implementation = Views.SearchHit[].class),
            examples = @ExampleObject(name = "hjemløs", value = """
                    [{"meetingId": "su-2025-12-11",
                      "committee": {"id": "su", "name": "Socialudvalget", "abbreviation": "SU"},
                      "startsAt": "2025-12-11T17:00:00+01:00", "itemNumber": 4,
                      "title": "Beslutning om hjemløsestrategi", "caseNumber": "25-008999", "outcome": "RECOMMENDED",
                      "rank": 0.9, "snippet": "Beslutning om «hjemløsestrategi» Anbefales."}]""")))
    @APIResponse(responseCode = "400", description = "q is missing or limit is out of range")
    public List<Views.SearchHit> search(@Parameter(description = "Words to find, e.g. hjemløs", required = true)
                                        @QueryParam("q") String q,
                                        @QueryParam("limit") @DefaultValue("20") int limit) {
        if (q == null || q.isBlank()) {
            throw ProblemException.invalidParameter("q is required: the words to search for, e.g. /search?q=hjemløs.");
        }
        if (limit < 1 || limit > 200) {
            throw ProblemException.invalidParameter("limit must be between 1 and 200; got " + limit + ".");
        }
        return queries.search(q, limit);
    }
}
