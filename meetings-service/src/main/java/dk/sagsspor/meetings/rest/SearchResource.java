package dk.sagsspor.meetings.rest;

import dk.sagsspor.meetings.service.SearchAnswers;
import dk.sagsspor.meetings.service.SearchOrder;
import dk.sagsspor.meetings.service.SearchQueries;
import dk.sagsspor.meetings.service.Views;
import dk.sagsspor.problems.Hrefs;
import dk.sagsspor.problems.HttpCaching;
import dk.sagsspor.problems.ListPage;
import dk.sagsspor.problems.PageRequest;
import dk.sagsspor.problems.ProblemException;
import dk.sagsspor.problems.QueryParams;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Locale;
import java.util.Objects;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
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

    /** The old way to ask for fewer hits; still taken, as the size of the first page. */
    static final int MAX_LIMIT = 200;

    @Inject
    SearchQueries queries;
    @Inject
    SearchAnswers answers;
    @Inject
    Hrefs hrefs;
    @Inject
    HttpCaching caching;

    @GET
    @Operation(operationId = "searchItems", summary = "Agenda items matching words in titles, decisions and sections, newest first",
            description = "PostgreSQL full-text search with the Danish configuration; every word also matches as a "
                    + "prefix of a compound, so hjemløs finds hjemløsestrategien. The snippet marks matches with « ». "
                    + "Newest meeting first unless sort=relevance asks for the best first (rank: titles weigh most, "
                    + "then decisions, then the sections); each hit's rank is given either way. A search serves its "
                    + "first 1,000 hits (by default) and counts only that far: with more matches, total is 1000 and "
                    + "totalExact false.")
    @APIResponse(responseCode = "200", description = "A page of matches", content = @Content(
            schema = @Schema(implementation = Pages.SearchHitPage.class),
            examples = @ExampleObject(
            name = "hjemløs", value = """
                    {"items": [{"meetingId": "su-2025-12-11",
                      "committee": {"id": "su", "name": "Socialudvalget", "abbreviation": "SU"},
                      "startsAt": "2025-12-11T17:00:00+01:00", "itemNumber": 4,
                      "title": "Beslutning om hjemløsestrategi", "caseNumber": "25-008999", "outcome": "RECOMMENDED",
                      "rank": 0.9, "snippet": "Beslutning om «hjemløsestrategi» Anbefales.",
                      "href": "http://localhost:8081/meetings/su-2025-12-11/items/4",
                      "meetingHref": "http://localhost:8081/meetings/su-2025-12-11"}],
                     "page": 0, "size": 50, "total": 1, "totalExact": true,
                     "links": {"self": "http://localhost:8081/search?q=hjeml%C3%B8s",
                               "first": "http://localhost:8081/search?q=hjeml%C3%B8s&page=0", "prev": null, "next": null,
                               "last": "http://localhost:8081/search?q=hjeml%C3%B8s&page=0"}}""")))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag or date the request names")
    @APIResponse(responseCode = "400", description = "q is missing, limit or a paging value is out of range, or the "
            + "page starts past the first 1,000 hits")
    public Response search(
            @Parameter(description = "Words to find, e.g. hjemløs", required = true) @QueryParam("q") String q,
            @Parameter(description = "Deprecated: the page size, 1 to 200, when size is not given", deprecated = true)
            @QueryParam("limit") String limit, @BeanParam PageRequest paging,
            @Parameter(description = "NEWEST (the default: newest meeting first) or RELEVANCE (best first; ranks "
                    + "every match, so a word found in many items answers more slowly)",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"NEWEST", "RELEVANCE"}, defaultValue = "NEWEST"))
            @QueryParam("sort") String sort,
            @Parameter(description = "no-cache asks for a page read from the database now, not one kept from an "
                    + "earlier request for the same words (kept up to 60 s, forgotten when a meeting is stored)")
            @HeaderParam("Cache-Control") String cacheControl, @Context UriInfo uri, @Context HttpHeaders request) {
        if (q == null || q.isBlank()) {
            throw ProblemException.invalidParameter("q is required: the words to search for, e.g. /search?q=hjemløs.");
        }
        Integer oldLimit = QueryParams.integer("limit", limit);
        if (oldLimit != null && (oldLimit < 1 || oldLimit > MAX_LIMIT)) {
            throw ProblemException.invalidParameter("limit must be between 1 and " + MAX_LIMIT + "; got " + oldLimit + ".");
        }
        PageRequest page = (oldLimit != null && uri.getQueryParameters().getFirst("size") == null
                ? new PageRequest(paging.page(), oldLimit) : paging).checked();
        SearchOrder order = Objects.requireNonNullElse(QueryParams.oneOf("sort", sort, SearchOrder.class),
                SearchOrder.NEWEST);
        boolean fresh = cacheControl != null && cacheControl.toLowerCase(Locale.ROOT).contains("no-cache");
        // The key is the query as asked: the page's links repeat it, so another spelling of it is another page.
        SearchAnswers.Page kept = answers.page(uri.getRequestUri().getRawQuery(), fresh, () -> {
            ListPage<Views.SearchHit> found = hrefs.page(queries.search(q, order, page.page(), page.size()), page, uri)
                    .getEntity();
            return SearchAnswers.Page.of(found, caching.json(found, null));
        });
        // 304 when the request's conditions hold; the list headers either way, as every list answers them.
        return Response.fromResponse(HttpCaching.respond(request, kept.written()))
                .header(ListPage.TOTAL_COUNT, kept.total()).header(ListPage.LINK, kept.link()).build();
    }
}
