package dk.sagsspor.problems;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.junit.jupiter.api.Test;

class ProblemTypesInOpenApiTest {

    @Test
    void theProblemSchemaListsEveryTypeUriWithItsMeaning() {
        OpenAPI api = apiWith(OASFactory.createOperation().responses(OASFactory.createAPIResponses()));

        new ProblemTypesInOpenApi().filterOpenAPI(api);

        Schema type = api.getComponents().getSchemas().get("Problem").getProperties().get("type");
        List<Object> uris = Arrays.stream(ProblemType.values()).map(t -> (Object) t.uri().toString()).toList();
        assertEquals(uris, type.getEnumeration());
        assertTrue(type.getDescription().contains("`https://sagsspor.dk/problems/gone` (410): "
                + ProblemType.GONE.meaning()));
    }

    @Test
    void everyErrorAnswerGetsAProblemBodyAndSuccessesAreLeftAlone() {
        Operation get = OASFactory.createOperation().responses(OASFactory.createAPIResponses()
                .addAPIResponse("200", OASFactory.createAPIResponse().description("The case"))
                .addAPIResponse("404", OASFactory.createAPIResponse().description("No such case"))
                .addAPIResponse("503", OASFactory.createAPIResponse().description("Busy")));

        new ProblemTypesInOpenApi().filterOpenAPI(apiWith(get));

        assertNull(get.getResponses().getAPIResponse("200").getContent());
        for (String status : List.of("404", "503")) {
            assertEquals("#/components/schemas/Problem", get.getResponses().getAPIResponse(status).getContent()
                    .getMediaType(Problem.MEDIA_TYPE).getSchema().getRef());
        }
    }

    @Test
    void anErrorOfAStatusOfOneKindHasThatKindAsItsExample() {
        Operation post = OASFactory.createOperation().responses(OASFactory.createAPIResponses()
                .addAPIResponse("401", OASFactory.createAPIResponse().description("No token, or a bad one"))
                .addAPIResponse("403", OASFactory.createAPIResponse().description("Not this role"))
                .addAPIResponse("400", OASFactory.createAPIResponse().description("Not a case number")));

        new ProblemTypesInOpenApi().filterOpenAPI(apiWith(post));

        Map<String, Object> unauthorized = exampleOf(post, "401", "unauthorized");
        assertEquals("https://sagsspor.dk/problems/unauthorized", unauthorized.get("type"));
        assertEquals(401, unauthorized.get("status"));
        assertEquals("/cases/{caseNumber}", unauthorized.get("instance"));
        assertEquals("https://sagsspor.dk/problems/forbidden", exampleOf(post, "403", "forbidden").get("type"));
        assertEquals("https://sagsspor.dk/problems/invalid-parameter",
                exampleOf(post, "400", "invalid-parameter").get("type"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> exampleOf(Operation operation, String status, String name) {
        return (Map<String, Object>) operation.getResponses().getAPIResponse(status).getContent()
                .getMediaType(Problem.MEDIA_TYPE).getExamples().get(name).getValue();
    }

    @Test
    void aDocumentWithoutPathsIsLeftAlone() {
        OpenAPI api = OASFactory.createOpenAPI();
        new ProblemTypesInOpenApi().filterOpenAPI(api);
        assertNull(api.getComponents());
    }

    private static OpenAPI apiWith(Operation get) {
        return OASFactory.createOpenAPI().paths(OASFactory.createPaths()
                .addPathItem("/cases/{caseNumber}", OASFactory.createPathItem().GET(get)));
    }

    @org.junit.jupiter.api.Test
    void anAnswersExampleIsTheKindItsDescriptionNamesElseTheFirstOfItsStatus() {
        assertEquals(java.util.Optional.of(ProblemType.INVALID_BODY),
                ProblemTypesInOpenApi.kindOf("400", "Not well-formed multipart (invalid-body: no boundary)"));
        assertEquals(java.util.Optional.of(ProblemType.INVALID_PARAMETER),
                ProblemTypesInOpenApi.kindOf("400", "Not a case number"));
        assertEquals(java.util.Optional.of(ProblemType.NOT_FOUND), ProblemTypesInOpenApi.kindOf("404", null));
        assertEquals(java.util.Optional.empty(), ProblemTypesInOpenApi.kindOf("418", "a teapot"));
    }
}
