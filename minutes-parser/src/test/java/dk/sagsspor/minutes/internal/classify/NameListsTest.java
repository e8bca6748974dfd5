package dk.sagsspor.minutes.internal.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameListsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Direktionen, Børn- og Familieudvalget, Socialudvalget, Økonomiudvalget og Kommunalbestyrelsen. | Direktionen;Børn- og Familieudvalget;Socialudvalget;Økonomiudvalget;Kommunalbestyrelsen
            Direktionen, Socialudvalget, Børn- og Familieudvalget og Unge- og Beskæftigelsesudvalget.       | Direktionen;Socialudvalget;Børn- og Familieudvalget;Unge- og Beskæftigelsesudvalget
            Socialudvalget, Handicaprådet                                                                   | Socialudvalget;Handicaprådet
            Børn- og Familieudvalget.                                                                       | Børn- og Familieudvalget
            Nikolaj Lykke Vad, Mustapha Badr, Gitte Johansen                                                | Nikolaj Lykke Vad;Mustapha Badr;Gitte Johansen
            Julie Folke (fagcenterchef, Kalundborg Kommune), Iza Gebur (Greve Kommune) og Kira Ziethen       | Julie Folke (fagcenterchef, Kalundborg Kommune);Iza Gebur (Greve Kommune);Kira Ziethen
            Hans Munk                                                                                       | Hans Munk
            ,  ,                                                                                            | ''
            """)
    void splitsOnCommasAndOgButNotInsideNames(String text, String expected) {
        List<String> want = expected.isEmpty() ? List.of() : Arrays.asList(expected.split(";"));
        assertEquals(want, NameLists.split(text));
    }

    @org.junit.jupiter.api.Test
    void remarkInParenthesesIsDropped() {
        assertEquals("Julie Folke", NameLists.withoutRemark("Julie Folke (fagcenterchef, Kalundborg Kommune)"));
        assertEquals("Hans Munk", NameLists.withoutRemark("Hans Munk"));
    }
}
