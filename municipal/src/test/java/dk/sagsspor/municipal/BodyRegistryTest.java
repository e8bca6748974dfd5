package dk.sagsspor.municipal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BodyRegistryTest {

    @ParameterizedTest(name = "{0} on {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Børn- og Familieudvalget 2022-2025 | 2025-12-03 | bfu                     | Børn- og Familieudvalget        | 2022-2025
            Børn- og Familieudvalget           | 2026-01-14 | bfu                     | Børn- og Familieudvalget        | 2026-2029
            Unge- og Beskæftigelsesudvalget    | 2025-12-09 | ubu                     | Unge- og Beskæftigelsesudvalget | 2022-2025
            Økonomiudvalget.                   | 2025-12-10 | oeu                     | Økonomiudvalget                 | 2022-2025
            ØU                                 | 2025-12-10 | oeu                     | Økonomiudvalget                 | 2022-2025
            socialudvalget                     | 2025-08-07 | su                      | Socialudvalget                  | 2022-2025
            Ældre- og Sundhedsudvalget         | 2025-12-08 | aesu                    | Ældre- og Sundhedsudvalget      | 2022-2025
            Handicaprådet                      | 2025-12-09 | hr                      | Handicaprådet                   | 2022-2025
            Frivilligrådet                     | 2025-08-07 | frivilligraadet         | Frivilligrådet                  | 2022-2025
            Folkeoplysningsudvalget 2022-2025  | 2025-08-07 | folkeoplysningsudvalget | Folkeoplysningsudvalget         | 2022-2025
            """)
    void matchesByNameWhateverTheTerm(String written, LocalDate actedOn, String id, String name, String term) {
        assertEquals(new BodyRegistry.Resolved(id, name, term), BodyRegistry.resolve(written, actedOn));
    }
}
