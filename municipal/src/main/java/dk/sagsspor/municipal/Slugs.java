package dk.sagsspor.municipal;

import java.text.Normalizer;
import java.util.Locale;

/** URL- and id-safe slugs of Danish names: "Frivilligrådet" becomes "frivilligraadet". */
public final class Slugs {

    private Slugs() {
    }

    public static String of(String name) {
        String lower = name.toLowerCase(Locale.ROOT)
                .replace("æ", "ae").replace("ø", "oe").replace("å", "aa");
        String ascii = Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "unknown" : slug;
    }
}
