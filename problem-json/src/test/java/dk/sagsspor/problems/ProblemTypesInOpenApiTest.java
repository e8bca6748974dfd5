package dk.sagsspor.problems;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.junit.jupiter.api.Test;

class ProblemTypesInOpenApiTest {

    @Test
    void theProblemSchemaListsEveryTypeUriWithItsMeaning() {
        Schema type = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
        OpenAPI api = OASFactory.createOpenAPI().components(OASFactory.createComponents()
                .addSchema("Problem", OASFactory.createSchema().addProperty("type", type)));

        new ProblemTypesInOpenApi().filterOpenAPI(api);

        List<Object> uris = Arrays.stream(ProblemType.values()).map(t -> (Object) t.uri().toString()).toList();
        assertEquals(uris, type.getEnumeration());
        assertTrue(type.getDescription().contains("`https://sagsspor.dk/problems/gone` (410): "
                + ProblemType.GONE.meaning()));
    }

    @Test
    void aDocumentWithoutProblemsIsLeftAlone() {
        OpenAPI api = OASFactory.createOpenAPI();
        new ProblemTypesInOpenApi().filterOpenAPI(api);
        assertEquals(null, api.getComponents());
    }
}
