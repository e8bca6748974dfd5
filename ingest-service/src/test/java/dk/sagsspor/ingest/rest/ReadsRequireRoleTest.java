package dk.sagsspor.ingest.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import dk.sagsspor.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** With sagsspor.security.reads-require-role=true every read of the documents needs documents:read. */
@QuarkusTest
@TestProfile(ReadsRequireRoleTest.ReadsRequireRole.class)
class ReadsRequireRoleTest {

    public static class ReadsRequireRole implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("sagsspor.security.reads-require-role", "true");
        }
    }

    @Test
    void everyReadNeedsTheReadRole() {
        for (String path : new String[] {"/documents", "/documents/00000000-0000-0000-0000-000000000000",
                "/documents/00000000-0000-0000-0000-000000000000/content"}) {
            given().get(path).then().statusCode(401).contentType("application/problem+json")
                    .header("WWW-Authenticate", equalTo("Bearer realm=\"sagsspor\""))
                    .body("type", equalTo("https://sagsspor.dk/problems/unauthorized"));
            given().auth().oauth2(TestTokens.claims().audience("another-api").sign(TestTokens.key())).get(path)
                    .then().statusCode(401).body("type", equalTo("https://sagsspor.dk/problems/unauthorized"));
            given().auth().oauth2(TestTokens.token("writer")).get(path)
                    .then().statusCode(403).contentType("application/problem+json")
                    .body("type", equalTo("https://sagsspor.dk/problems/forbidden"));
        }
        given().auth().oauth2(TestTokens.token("reader")).get("/documents").then().statusCode(200);
        given().auth().oauth2(TestTokens.token("reader")).get("/documents/00000000-0000-0000-0000-000000000000")
                .then().statusCode(404);
    }

    @Test
    void healthAndTheApiDocumentStayOpen() {
        given().get("/q/health/ready").then().statusCode(200);
        given().get("/q/openapi").then().statusCode(200);
    }
}
