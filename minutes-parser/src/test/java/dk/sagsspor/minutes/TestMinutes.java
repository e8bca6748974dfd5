package dk.sagsspor.minutes;

/** Building blocks for minutes written inside tests. */
public final class TestMinutes {

    /** The header of a Socialudvalget meeting: enough for a document to be minutes once items follow. */
    public static final String HEADER = """
            REFERAT Socialudvalget d. 11-12-2025

            Mødedato Torsdag d. 11. december 2025 kl. 17:00

            """;

    private TestMinutes() {
    }
}
