package dk.sagsspor.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class TraceparentTest {

    private static final String VALID = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

    @ParameterizedTest
    @ValueSource(strings = {VALID, " 00-4BF92F3577B34DA6A3CE929D0E0E4736-00F067AA0BA902B7-01 "})
    void aValidTraceparentIsContinued(String incoming) {
        assertEquals(VALID, Traceparent.continueOrStart(incoming));
        assertEquals("4bf92f3577b34da6a3ce929d0e0e4736", Traceparent.traceId(VALID));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"garbage", "00-00000000000000000000000000000000-00f067aa0ba902b7-01",
            "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7"})
    void anythingElseStartsANewTrace(String incoming) {
        String started = Traceparent.continueOrStart(incoming);
        assertTrue(started.matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01"), started);
        assertNotEquals(started, Traceparent.continueOrStart(incoming));
    }
}
