package dk.sagsspor.ingest.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import dk.sagsspor.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Who may write, what a browser may read and how stored content is served, with real RS256 tokens signed here
 * ({@link TestTokens}: the service trusts its key, issuer {@code urn:sagsspor:test} and audience {@code sagsspor}).
 */
@QuarkusTest
class DocumentsSecurityTest {

    private static final String UNAUTHORIZED = "https://sagsspor.dk/problems/unauthorized";
    private static final String FORBIDDEN = "https://sagsspor.dk/problems/forbidden";
    private static final String ALLOWED_ORIGIN = "http://localhost:8083";
    private static final String NOT_MINUTES = "Ikke et referat, men en indkøbsliste.";

    /** Tokens that must not get in, each with why. */
    static Stream<Arguments> badTokens() {
        return Stream.of(
                Arguments.of("garbage", "not-a-jwt"),
                Arguments.of("three parts that are not JSON", "eyJub3Q.anNvbg.c2ln"),
                Arguments.of("expired an hour ago", TestTokens.claims()
                        .valid(Instant.now().minus(Duration.ofHours(2)), Duration.ofHours(1)).sign(TestTokens.key())),
                Arguments.of("from another issuer", TestTokens.claims().issuer("https://idp.example.org/realms/other")
                        .sign(TestTokens.key())),
                Arguments.of("for another audience", TestTokens.claims().audience("another-api").sign(TestTokens.key())),
                Arguments.of("signed by another key", TestTokens.claims().sign(TestTokens.otherKey())));
    }

    @Test
    void noTokenIs401WithABearerChallenge() {
        postNotMinutes(given())
                .then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", equalTo("Bearer realm=\"sagsspor\""))
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .body("type", equalTo(UNAUTHORIZED))
                .body("status", equalTo(401))
                .body("instance", equalTo("/documents"))
                .body("detail", startsWith("This operation needs a bearer token"))
                .body("documentId", nullValue());
        given().delete("/documents/00000000-0000-0000-0000-000000000000")
                .then().statusCode(401).contentType("application/problem+json").body("type", equalTo(UNAUTHORIZED));
    }

    @ParameterizedTest(name = "a token {0} is 401")
    @MethodSource("badTokens")
    void aBadTokenIs401AndKeepsNothing(String why, String token) {
        postNotMinutes(given().auth().oauth2(token))
                .then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", equalTo("Bearer realm=\"sagsspor\", error=\"invalid_token\""))
                .body("type", equalTo(UNAUTHORIZED))
                .body("detail", startsWith("The bearer token is not valid"))
                .body("documentId", nullValue());
        given().auth().oauth2(token).delete("/documents/00000000-0000-0000-0000-000000000000")
                .then().statusCode(401).body("type", equalTo(UNAUTHORIZED));
    }

    @Test
    void aValidTokenWithoutTheWriteRoleIs403() {
        for (String token : new String[] {TestTokens.token(), TestTokens.token("reader"), TestTokens.token("admin")}) {
            postNotMinutes(given().auth().oauth2(token))
                    .then().statusCode(403).contentType("application/problem+json")
                    .header("WWW-Authenticate", containsString("error=\"insufficient_scope\""))
                    .body("type", equalTo(FORBIDDEN))
                    .body("detail", startsWith("The bearer token is valid but does not carry the role"))
                    .body("documentId", nullValue());
            given().auth().oauth2(token).delete("/documents/00000000-0000-0000-0000-000000000000")
                    .then().statusCode(403).body("type", equalTo(FORBIDDEN));
        }
    }

    @Test
    void theWriteRoleMayPostAndWithdrawAndTheDocumentSaysWho() throws Exception {
        String minutes = Files.readString(Path.of("../samples/minutes/2026-02-04-tmu.txt"))
                .replace("04-02-2026", "09-02-2026").replace("04. februar 2026", "9. februar 2026");
        String documentId = given().auth().oauth2(TestTokens.claims().subject("sagsbehandler-17")
                        .groups("documents:write").sign(TestTokens.key()))
                .contentType("text/plain; charset=UTF-8").body(minutes.getBytes(StandardCharsets.UTF_8))
                .post("/documents")
                .then().statusCode(201).body("meetingId", equalTo("tmu-2026-02-09"))
                .extract().path("documentId");
        given().get("/documents/" + documentId)
                .then().statusCode(200).body("receivedBy", equalTo("sagsbehandler-17")).body("withdrawnBy", nullValue());
        given().get("/documents?size=500")
                .then().statusCode(200)
                .body("items.find { it.documentId == '" + documentId + "' }.receivedBy", equalTo("sagsbehandler-17"));

        given().auth().oauth2(TestTokens.claims().subject("redaktoer-3").groups("writer").sign(TestTokens.key()))
                .queryParam("reason", "Udgivet ved en fejl").delete("/documents/" + documentId)
                .then().statusCode(204);
        given().get("/documents/" + documentId)
                .then().statusCode(200)
                .body("status", equalTo("WITHDRAWN"))
                .body("receivedBy", equalTo("sagsbehandler-17"))
                .body("withdrawnBy", equalTo("redaktoer-3"));
    }

    @Test
    void readsArePublicByDefault() {
        given().get("/documents").then().statusCode(200);
        given().get("/documents/00000000-0000-0000-0000-000000000000").then().statusCode(404);
    }

    @Test
    void htmlIsKeptButServedAsADownloadThatNoBrowserRuns() {
        byte[] page = "<html><body><script>alert(document.cookie)</script></body></html>".getBytes(StandardCharsets.UTF_8);
        String documentId = given().auth().oauth2(TestTokens.writer())
                .contentType("text/html").header("Content-Disposition", "attachment; filename=\"side\\\"; x=.html\"")
                .body(page).post("/documents")
                .then().statusCode(415).body("documentId", notNullValue())
                .extract().path("documentId");
        given().get("/documents/" + documentId).then().body("mediaType", equalTo("text/html"));

        byte[] served = given().get("/documents/" + documentId + "/content")
                .then().statusCode(200)
                .contentType("application/octet-stream")
                .header("Content-Disposition", startsWith("attachment"))
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .extract().asByteArray();
        assertArrayEquals(page, served, "the bytes are still the bytes received");
    }

    @Test
    void textIsServedAsItselfInline() {
        String documentId = given().auth().oauth2(TestTokens.writer())
                .contentType("text/plain; charset=UTF-8").body(NOT_MINUTES + " <script>x</script>").post("/documents")
                .then().statusCode(422).extract().path("documentId");
        given().get("/documents/" + documentId + "/content")
                .then().statusCode(200)
                .contentType(startsWith("text/plain"))
                .header("Content-Disposition", nullValue())
                .header("X-Content-Type-Options", equalTo("nosniff"));
    }

    @Test
    void everyAnswerSaysNosniff() {
        for (String path : new String[] {"/documents", "/documents/not-a-uuid", "/nowhere", "/q/health/ready",
                "/q/openapi"}) {
            given().get(path).then().header("X-Content-Type-Options", equalTo("nosniff"));
        }
    }

    @Test
    void aPageFromAnAllowedOriginMayReadAndWrite() {
        given().header("Origin", ALLOWED_ORIGIN).get("/documents")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo(ALLOWED_ORIGIN))
                .header("Access-Control-Expose-Headers", containsString("Location"))
                .header("Access-Control-Expose-Headers", containsString("X-Total-Count"));
        // The browser's preflight before a POST with a token.
        given().header("Origin", ALLOWED_ORIGIN)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type")
                .options("/documents")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo(ALLOWED_ORIGIN))
                .header("Access-Control-Allow-Methods", containsString("POST"))
                .header("Access-Control-Allow-Headers", containsString("Authorization"));
    }

    @Test
    void aPageFromAnotherOriginGetsNoCorsAnswer() {
        given().header("Origin", "https://evil.example").get("/documents")
                .then().header("Access-Control-Allow-Origin", nullValue());
        given().header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "DELETE")
                .options("/documents/00000000-0000-0000-0000-000000000000")
                .then().header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void theOpenApiDocumentDeclaresTheBearerSchemeOnWrites() {
        given().get("/q/openapi?format=json")
                .then().statusCode(200)
                .body("components.securitySchemes.size()", equalTo(1))
                .body("components.securitySchemes.bearer.type", equalTo("http"))
                .body("components.securitySchemes.bearer.scheme", equalTo("bearer"))
                .body("components.securitySchemes.bearer.bearerFormat", equalTo("JWT"))
                .body("paths.'/documents'.post.security[0]", hasKey("bearer"))
                .body("paths.'/documents/{documentId}'.delete.security[0]", hasKey("bearer"))
                .body("paths.'/documents'.get.security", nullValue())
                .body("paths.'/documents'.post.responses.'401'.content.'application/problem+json'.examples"
                        + ".unauthorized.value.type", equalTo(UNAUTHORIZED))
                .body("paths.'/documents'.post.responses.'403'.content.'application/problem+json'.examples"
                        + ".forbidden.value.type", equalTo(FORBIDDEN))
                .body("components.schemas.Problem.properties.type.enum", hasItem(UNAUTHORIZED))
                .body("components.schemas.Problem.properties.type.enum", hasItem(FORBIDDEN));
    }

    private static Response postNotMinutes(RequestSpecification request) {
        return request.contentType("text/plain; charset=UTF-8").body(NOT_MINUTES).post("/documents");
    }
}
