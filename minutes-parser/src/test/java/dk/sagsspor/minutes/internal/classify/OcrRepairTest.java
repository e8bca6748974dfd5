package dk.sagsspor.minutes.internal.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OcrRepairTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            KKR-netveaerket p& udsatte bgrne- og ungeomradet | KKR-netværket på udsatte børne- og ungeområdet
            Handicapradet                                    | Handicapradet
            Barn- og Familieudvalget                         | Barn- og Familieudvalget
            Socialudvalget                                   | Socialudvalget
            """)
    void repairsOnlyTheDamagedWordsItKnows(String damaged, String repaired) {
        assertEquals(repaired, OcrRepair.repairName(damaged));
    }
}
