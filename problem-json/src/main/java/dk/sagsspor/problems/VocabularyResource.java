package dk.sagsspor.problems;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code GET /vocabulary} on every service: the same {@link Vocabulary}, fixed for a release, so cached a day. */
@Path("/vocabulary")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "vocabulary", description = "Codes and their Danish and English labels")
public class VocabularyResource {

    @GET
    @Operation(operationId = "getVocabulary", summary = "Every outcome, status and kind code with its Danish and English label")
    @APIResponse(responseCode = "200", description = "The vocabulary", content = @Content(
            schema = @Schema(implementation = Vocabulary.class),
            examples = @ExampleObject(name = "part", value = "{\"outcomes\": [{\"code\": \"RECOMMENDED\", "
                    + "\"da\": \"Anbefales\", \"en\": \"Recommended\"}], \"caseStatuses\": [{\"code\": \"IN_PROGRESS\", "
                    + "\"da\": \"Under behandling\", \"en\": \"In progress\"}], \"meetingStatuses\": [{\"code\": \"FINAL\", "
                    + "\"da\": \"Endeligt referat\", \"en\": \"Final minutes\"}], \"documentStatuses\": [{\"code\": "
                    + "\"ACCEPTED\", \"da\": \"Modtaget og læst\", \"en\": \"Accepted\"}], \"sourceKinds\": [{\"code\": "
                    + "\"AGENDA_ITEM\", \"da\": \"Dagsordenspunkt\", \"en\": \"Agenda item\"}]}")))
    @APIResponse(responseCode = "406", description = "The Accept header does not allow application/json")
    public Response get() {
        CacheControl day = new CacheControl();
        day.setMaxAge(86_400);
        return Response.ok(Vocabulary.TERMS).cacheControl(day).build();
    }
}
