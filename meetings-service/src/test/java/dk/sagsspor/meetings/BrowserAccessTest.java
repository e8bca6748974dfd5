package dk.sagsspor.meetings;

import dk.sagsspor.testsupport.BrowserAccess;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A web page from the allowed origin may read the API and its paging headers; one from another origin may not. */
@QuarkusTest
class BrowserAccessTest {

    @TestHTTPResource("/meetings")
    URI list;

    @TestHTTPResource("/meetings/no-such-thing")
    URI missing;

    @Test
    void pagesFromTheAllowedOriginMayReadAndEveryAnswerSaysNosniff() {
        BrowserAccess.assertAllowedOnlyFromTheAllowedOrigin(list, List.of("Link", "ETag", "X-Total-Count"));
        BrowserAccess.assertAllowedOnlyFromTheAllowedOrigin(missing, List.of("Link"));
    }
}
