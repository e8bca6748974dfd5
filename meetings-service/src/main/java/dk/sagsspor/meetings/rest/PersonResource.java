package dk.sagsspor.meetings.rest;

import dk.sagsspor.meetings.service.PersonQueries;
import dk.sagsspor.meetings.service.Views;
import dk.sagsspor.problems.HttpCaching;
import dk.sagsspor.problems.Hrefs;
import dk.sagsspor.problems.ListPage;
import dk.sagsspor.problems.PageRequest;
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

@Path("/persons")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "persons", description = "People named in the minutes, one person across bodies")
public class PersonResource {

    @Inject
    PersonQueries queries;
    @Inject
    Hrefs hrefs;
    @Inject
    HttpCaching caching;

    @GET
    @Operation(operationId = "listPersons", summary = "Everyone the minutes name, by name")
    @APIResponse(responseCode = "200", description = "A page of persons", content = @Content(
            schema = @Schema(implementation = Pages.PersonPage.class),
            examples = @ExampleObject(
            name = "q=lykke", value = "{\"items\": [{\"personId\": \"nikolaj-lykke-vad\", \"name\": \"Nikolaj Lykke Vad\", "
            + "\"modifiedAt\": \"2026-01-05T10:00:00Z\", \"href\": \"http://localhost:8081/persons/nikolaj-lykke-vad\"}], "
            + "\"page\": 0, \"size\": 50, \"total\": 1, \"links\": {\"self\": \"http://localhost:8081/persons?q=lykke\", "
            + "\"first\": \"http://localhost:8081/persons?q=lykke&page=0\", \"prev\": null, \"next\": null, "
            + "\"last\": \"http://localhost:8081/persons?q=lykke&page=0\"}}")))
    @APIResponse(responseCode = "400", description = "A paging value is out of range")
    public RestResponse<ListPage<Views.PersonSummary>> list(
            @Parameter(description = "Part of the name, any case, e.g. lykke") @QueryParam("q") String q,
            @BeanParam PageRequest paging, @Context UriInfo uri) {
        paging.checked();
        return hrefs.page(queries.persons(q == null || q.isBlank() ? null : q.strip(), paging.page(), paging.size()),
                paging, uri);
    }

    @GET
    @Path("/{personId}")
    @Operation(operationId = "getPerson", summary = "A person's memberships and attendance per body and term")
    @APIResponse(responseCode = "200", description = "The person", content = @Content(
            schema = @Schema(implementation = Views.Person.class),
            examples = @ExampleObject(name = "Nikolaj Lykke Vad", value = "{\"personId\": \"nikolaj-lykke-vad\", "
                    + "\"name\": \"Nikolaj Lykke Vad\", \"memberships\": [{\"committee\": {\"id\": \"su\", "
                    + "\"name\": \"Socialudvalget\", \"abbreviation\": \"SU\"}, \"term\": \"2022-2025\", "
                    + "\"meetingsAttended\": 2, \"meetingsAbsent\": 0, \"firstSeen\": \"2025-08-07\", "
                    + "\"lastSeen\": \"2025-12-11\"}], \"modifiedAt\": \"2026-01-05T10:00:00Z\", "
                    + "\"href\": \"http://localhost:8081/persons/nikolaj-lykke-vad\"}")))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag or date the request names")
    @APIResponse(responseCode = "404", description = "No such person")
    public Response get(@PathParam("personId") String personId, @Context HttpHeaders request) {
        Views.Person person = queries.person(personId);
        return caching.json(request, person, person.modifiedAt());
    }
}
