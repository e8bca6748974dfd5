package dk.sagsspor.meetings;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertNull;

import dk.sagsspor.testsupport.OpenApiSnapshot;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The served OpenAPI document is the one committed as docs/api/meetings.yaml and .json (see OpenApiSnapshot). */
@QuarkusTest
class OpenApiSnapshotTest {

    @ParameterizedTest
    @CsvSource({"yaml, meetings.yaml", "json, meetings.json"})
    void theServedDocumentIsTheCommittedOne(String format, String file) {
        String served = given().when().get("/q/openapi?format=" + format).then().statusCode(200).extract().asString();
        String drift = OpenApiSnapshot.drift(file, served);
        assertNull(drift, drift);
    }
}
