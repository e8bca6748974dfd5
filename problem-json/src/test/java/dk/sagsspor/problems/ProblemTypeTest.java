package dk.sagsspor.problems;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class ProblemTypeTest {

    @ParameterizedTest
    @CsvSource({
            "INVALID_PARAMETER, https://sagsspor.dk/problems/invalid-parameter, 400",
            "UNAUTHORIZED, https://sagsspor.dk/problems/unauthorized, 401",
            "FORBIDDEN, https://sagsspor.dk/problems/forbidden, 403",
            "INVALID_BODY, https://sagsspor.dk/problems/invalid-body, 400",
            "NOT_FOUND, https://sagsspor.dk/problems/not-found, 404",
            "GONE, https://sagsspor.dk/problems/gone, 410",
            "PAYLOAD_TOO_LARGE, https://sagsspor.dk/problems/payload-too-large, 413",
            "UNSUPPORTED_MEDIA_TYPE, https://sagsspor.dk/problems/unsupported-media-type, 415",
            "DOCUMENT_REJECTED, https://sagsspor.dk/problems/document-rejected, 422",
            "UNAVAILABLE, https://sagsspor.dk/problems/unavailable, 503",
            "INTERNAL_ERROR, https://sagsspor.dk/problems/internal-error, 500",
    })
    void eachKindHasItsUriAndStatus(ProblemType type, String uri, int status) {
        assertEquals(uri, type.uri().toString());
        assertEquals(status, type.status());
    }

    @Test
    void noTwoKindsShareAUri() {
        Set<String> uris = Arrays.stream(ProblemType.values()).map(t -> t.uri().toString()).collect(Collectors.toSet());
        assertEquals(ProblemType.values().length, uris.size());
    }

    @ParameterizedTest
    @EnumSource(ProblemType.class)
    void everyKindSaysWhatItMeans(ProblemType type) {
        assertFalse(type.meaning().isBlank());
        assertFalse(type.title().isBlank());
        assertTrue(type.uri().isAbsolute());
    }
}
