package dk.sagsspor.problems;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProblemExceptionTest {

    @Test
    void aProblemCarriesTypeTitleStatusDetailInstanceAndExtensions() {
        Problem problem = new ProblemException(ProblemType.DOCUMENT_REJECTED, "No meeting date found.")
                .with("documentId", "6c1d")
                .toProblem("/documents");

        assertEquals("https://sagsspor.dk/problems/document-rejected", problem.type());
        assertEquals("Unprocessable Content", problem.title());
        assertEquals(422, problem.status());
        assertEquals("No meeting date found.", problem.detail());
        assertEquals("/documents", problem.instance());
        assertEquals(Map.of("documentId", "6c1d"), problem.extensions());
    }

    @Test
    void theShortHandsAreInvalidParameterAndNotFound() {
        assertEquals(ProblemType.INVALID_PARAMETER, ProblemException.invalidParameter("x").type());
        assertEquals(ProblemType.NOT_FOUND, ProblemException.notFound("x").type());
        assertEquals(400, ProblemException.invalidParameter("x").toProblem("/p").status());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "404 | /nowhere | | https://sagsspor.dk/problems/not-found | 404 | Not Found | No resource at /nowhere.",
            "405 | /cases | | https://sagsspor.dk/problems/method-not-allowed | 405 | Method Not Allowed | This method is not allowed on /cases.",
            "413 | /documents | Too big | https://sagsspor.dk/problems/payload-too-large | 413 | Content Too Large | Too big",
            "415 | /documents | Not read | https://sagsspor.dk/problems/unsupported-media-type | 415 | Unsupported Media Type | Not read",
            "409 | /x | Busy | https://sagsspor.dk/problems/http-error | 409 | Conflict | Busy",
            "418 | /x | | https://sagsspor.dk/problems/http-error | 418 | HTTP Error | The request failed with HTTP status 418.",
    })
    void httpLayerErrorsBecomeTypedProblems(int status, String path, String message, String type, int answered,
                                             String title, String detail) {
        Problem problem = ProblemMappers.ofHttpError(status, message, path).toProblem(path);
        assertEquals(type, problem.type());
        assertEquals(answered, problem.status());
        assertEquals(title, problem.title());
        assertEquals(detail, problem.detail());
        assertNull(problem.extensions().get("documentId"));
    }
}
