package dk.sagsspor.minutes.internal.classify;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Repairs the OCR damage seen in scanned minutes (domain.md: ø read as g or @, æ as ae/ee/z, å as a/d/&) in
 * <em>names</em>, so that a body registered from a scan gets a readable name and a stable id.
 *
 * <p>It is a small, explicit word list, not a guesser: decision and case texts are never changed, because a wrong
 * "repair" there would put words in a committee's mouth. Extend the list when a new damaged name turns up.
 */
public final class OcrRepair {

    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("mgde", "møde"), Map.entry("m@de", "møde"), Map.entry("mgdet", "mødet"),
            Map.entry("netveaerket", "netværket"), Map.entry("netvaerket", "netværket"),
            Map.entry("netveerket", "netværket"), Map.entry("netvzerket", "netværket"),
            Map.entry("p&", "på"), Map.entry("pd", "på"), Map.entry("pa", "på"), Map.entry("p@", "på"),
            Map.entry("bgrne", "børne"), Map.entry("b@rne", "børne"), Map.entry("bgrn", "børn"),
            Map.entry("ungeomradet", "ungeområdet"), Map.entry("ungeomrddet", "ungeområdet"),
            Map.entry("omradet", "området"), Map.entry("omrddet", "området"),
            Map.entry("radet", "rådet"));

    private static final Pattern WORD = Pattern.compile("[\\p{L}@&]+");

    private OcrRepair() {
    }

    public static String repairName(String name) {
        Matcher m = WORD.matcher(name);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String word = m.group();
            String repaired = WORDS.getOrDefault(word.toLowerCase(java.util.Locale.ROOT), word);
            if (!repaired.equals(word) && Character.isUpperCase(word.charAt(0))) {
                repaired = Character.toUpperCase(repaired.charAt(0)) + repaired.substring(1);
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(repaired));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
