package dk.sagsspor.problems;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.ws.rs.core.UriBuilder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** An href is the base with each segment encoded as a path segment, as UriBuilder makes it, plain ids or not. */
class HrefsTest {

    @ParameterizedTest(name = "{0} + {1} / {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # base                             | segment     | segment
            http://localhost:8081              | meetings    | su-2025-12-11
            http://localhost:8081/             | meetings    | su-2025-12-11
            https://sagsspor.kk.dk/api/moeder  | meetings    | kkr_netværk.2025~1
            http://localhost:8082              | cases       | 25-008999
            http://localhost:8080              | documents   | 3f6c2a9e-1d2b-4c5d-9e8f-0a1b2c3d4e5f
            http://localhost:8081              | persons     | søren-ærø
            http://localhost:8081              | meetings    | a b/c?d#e%f
            http://localhost:8081              | meetings    | 'x;y=z,@:+&$!*()'
            http://localhost:8081              | committees  | ''
            """)
    void appendsEachSegmentEncodedAsUriBuilderDoes(String base, String first, String second) {
        String expected = UriBuilder.fromUri(base).segment(first, second).build().toString();
        assertEquals(expected, Hrefs.on(base, first, second));
    }
}
