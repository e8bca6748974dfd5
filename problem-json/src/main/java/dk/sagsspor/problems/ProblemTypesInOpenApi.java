package dk.sagsspor.problems;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * The one place the services' OpenAPI documents learn how errors look: the {@code Problem} schema with every
 * {@link ProblemType} as an allowed value of {@code type} (with what each means), and an
 * {@code application/problem+json} body of that schema on every 4xx and 5xx answer an operation declares, with an
 * example of the kind of that status. So a resource declares an error with its status and description only, and a
 * client generated from the document can branch on the types.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ProblemTypesInOpenApi implements OASFilter {

    static final String SCHEMA = "Problem";

    @Override
    public void filterOpenAPI(OpenAPI openApi) {
        if (openApi.getPaths() == null || openApi.getPaths().getPathItems() == null) {
            return;
        }
        if (openApi.getComponents() == null) {
            openApi.components(OASFactory.createComponents());
        }
        openApi.getComponents().addSchema(SCHEMA, problemSchema());
        openApi.getPaths().getPathItems().forEach((path, item) -> item.getOperations().values().forEach(operation -> {
            if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
                operation.getResponses().getAPIResponses().forEach((status, response) -> describeError(status, response, path));
            }
        }));
    }

    private static void describeError(String status, APIResponse response, String path) {
        if ((status.startsWith("4") || status.startsWith("5")) && response.getRef() == null) {
            MediaType problem = OASFactory.createMediaType().schema(OASFactory.createSchema().ref(SCHEMA));
            kindOf(status, response.getDescription()).ifPresent(kind -> problem.addExample(slug(kind),
                    OASFactory.createExample().value(example(kind, path))));
            response.content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, problem));
        }
    }

    /** A problem of this kind as the operation at {@code path} answers it, with the kind's meaning as its detail. */
    static Map<String, Object> example(ProblemType kind, String path) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", kind.uri().toString());
        problem.put("title", kind.title());
        problem.put("status", kind.status());
        problem.put("detail", kind.meaning());
        problem.put("instance", path);
        return problem;
    }

    /**
     * The kind an answer of this status is an example of: the one of that status its description names by slug (e.g.
     * "invalid-body"), else the first kind of that status in {@link ProblemType}'s order (400: invalid-parameter, the
     * commonest; the HTTP layer's own errors are listed in the schema's types).
     */
    static Optional<ProblemType> kindOf(String status, String description) {
        List<ProblemType> kinds = Arrays.stream(ProblemType.values())
                .filter(type -> type != ProblemType.HTTP_ERROR && String.valueOf(type.status()).equals(status))
                .toList();
        return kinds.stream().filter(kind -> description != null && description.contains(slug(kind))).findFirst()
                .or(() -> kinds.stream().findFirst());
    }

    private static String slug(ProblemType kind) {
        return kind.uri().getPath().substring("/problems/".length());
    }

    static Schema problemSchema() {
        List<Object> uris = Arrays.stream(ProblemType.values()).map(type -> (Object) type.uri().toString()).toList();
        Schema type = OASFactory.createSchema().addType(Schema.SchemaType.STRING).enumeration(uris)
                .description("What kind of problem:\n\n" + Arrays.stream(ProblemType.values())
                        .map(t -> "- `" + t.uri() + "` (" + statusOf(t) + "): " + t.meaning())
                        .collect(Collectors.joining("\n")));
        // In a fixed order: the document is committed (docs/api) and compared, and Map.of's order changes per run.
        Map<String, Schema> properties = new LinkedHashMap<>();
        properties.put("type", type);
        properties.put("title", string("The kind's short name, e.g. Not Found"));
        properties.put("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER)
                .description("The HTTP status"));
        properties.put("detail", string("What is wrong, in words a person can act on"));
        properties.put("instance", string("The path of the request"));
        return OASFactory.createSchema()
                .addType(Schema.SchemaType.OBJECT)
                .description("RFC 9457 problem details (application/problem+json). Extension members may follow, "
                        + "e.g. documentId of a document that was kept although refused.")
                .required(List.of("type", "title", "status", "detail"))
                .properties(properties)
                .additionalPropertiesSchema(OASFactory.createSchema());
    }

    private static Schema string(String description) {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING).description(description);
    }

    private static String statusOf(ProblemType type) {
        return type == ProblemType.HTTP_ERROR ? "4xx" : String.valueOf(type.status());
    }
}
