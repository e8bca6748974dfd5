package dk.sagsspor.problems;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Lists every {@link ProblemType} in the service's OpenAPI document: as the allowed values of the Problem schema's
 * {@code type}, with what each means, so a client generated from the document can branch on them.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ProblemTypesInOpenApi implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openApi) {
        if (openApi.getComponents() == null || openApi.getComponents().getSchemas() == null) {
            return;
        }
        Schema problem = openApi.getComponents().getSchemas().get("Problem");
        if (problem == null || problem.getProperties() == null || problem.getProperties().get("type") == null) {
            return;
        }
        List<Object> uris = Arrays.stream(ProblemType.values()).map(type -> (Object) type.uri().toString()).toList();
        problem.getProperties().get("type")
                .enumeration(uris)
                .description("What kind of problem:\n\n" + Arrays.stream(ProblemType.values())
                        .map(type -> "- `" + type.uri() + "` (" + statusOf(type) + "): " + type.meaning())
                        .collect(Collectors.joining("\n")));
    }

    private static String statusOf(ProblemType type) {
        return type == ProblemType.HTTP_ERROR ? "4xx" : String.valueOf(type.status());
    }
}
