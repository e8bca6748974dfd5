package dk.sagsspor.meetings.rest;

import dk.sagsspor.meetings.service.PersonQueries;
import dk.sagsspor.meetings.service.Views;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/persons")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "persons", description = "People named in the minutes, one person across bodies")
public class PersonResource {

    @Inject
    PersonQueries queries;

    @GET
    @Path("/{personId}")
    @Operation(summary = "A person's memberships and attendance per body and term")
    @APIResponse(responseCode = "200", description = "The person", content = @Content(schema = @Schema(implementation = Views.Person.class)))
    @APIResponse(responseCode = "404", description = "No such person")
    public Views.Person get(@PathParam("personId") String personId) {
        return queries.person(personId);
    }
}
