package dk.sagsspor.outbox;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import java.sql.SQLException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which database failures wait for the database (transient) and which count towards the dead letter (other). */
class FailureKindTest {

    @ParameterizedTest(name = "{0} ({2})")
    @CsvSource({
            "08006, TRANSIENT, connection lost",
            "55000, TRANSIENT, database not currently accepting connections",
            "53300, TRANSIENT, too many connections",
            "57P01, TRANSIENT, terminated by an administrator",
            "57P03, TRANSIENT, the database system is starting up",
            "40001, TRANSIENT, serialization failure",
            "23505, OTHER, unique violation",
            "42P01, OTHER, undefined table"})
    void theSqlStateDecides(String state, FailureKind expected, String meaning) {
        RuntimeException failure = new RuntimeException("wrapped", new SQLException(meaning, state));
        assertThat(FailureKind.of(failure), is(expected));
    }
}
