package dk.sagsspor.municipal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PeopleTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Nikolaj Lykke Vad       | nikolaj-lykke-vad
            '  Nikolaj  Lykke Vad ' | nikolaj-lykke-vad
            Søren Ole Sørensen      | soeren-ole-soerensen
            """)
    void aPersonIsTheSameWhateverTheSpacing(String name, String id) {
        assertEquals(id, People.idOf(name));
    }
}
