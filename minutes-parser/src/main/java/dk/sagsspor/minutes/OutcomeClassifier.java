package dk.sagsspor.minutes;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Classifies a decision text by the vocabulary of domain.md.
 *
 * <p>Only the opening clause counts (up to the first comma or full stop of the first paragraph): "Udvalget godkender,
 * at der arbejdes videre med ... anbefaling 3" is an approval, whatever words follow. The rules are tried in order,
 * so "Ikke godkendt" is a rejection and "Drøftet og udvalget anbefaler ..." a recommendation.
 */
final class OutcomeClassifier {

    /**
     * An outcome and the words that say it, found as whole words. The regular expression only runs on a clause that
     * holds one of the words at all, which most clauses tried against most rules do not.
     */
    private record Rule(Outcome outcome, List<String> words, Pattern pattern) {

        boolean matches(String clause) {
            for (String word : words) {
                if (clause.contains(word)) {
                    return pattern.matcher(clause).find();
                }
            }
            return false;
        }
    }

    private static final List<Rule> RULES = List.of(
            rule(Outcome.REJECTED, "ikke godkendt", "ikke anbefalet", "anbefales ikke", "godkendes ikke", "forkastet",
                    "forkastes", "afvist", "afvises"),
            rule(Outcome.POSTPONED, "udsat", "udsættes"),
            rule(Outcome.FORWARDED, "oversende", "oversendes", "oversendt"),
            rule(Outcome.RECOMMENDED, "anbefales", "anbefaler", "anbefalet"),
            rule(Outcome.APPROVED, "godkendt", "godkendes", "godkender", "vedtaget"),
            rule(Outcome.NOTED, "til efterretning"),
            rule(Outcome.DISCUSSED, "drøftet", "drøftes"),
            rule(Outcome.NO_REMARKS, "ingen bemærkninger"));
    /** A decision that is only a dash: no decision. */
    private static final Pattern DASHES = Pattern.compile("[-–—]+");

    private OutcomeClassifier() {
    }

    static Outcome classify(String decisionText) {
        if (decisionText == null) {
            return Outcome.NONE;
        }
        String text = decisionText.strip();
        if (text.isEmpty() || DASHES.matcher(text).matches()) {
            return Outcome.NONE;
        }
        String clause = openingClause(text).toLowerCase(Locale.ROOT);
        for (Rule rule : RULES) {
            if (rule.matches(clause)) {
                return rule.outcome();
            }
        }
        return Outcome.OTHER;
    }

    private static String openingClause(String text) {
        int paragraph = text.indexOf("\n\n");
        String first = paragraph >= 0 ? text.substring(0, paragraph) : text;
        for (int i = 0; i < first.length(); i++) {
            char c = first.charAt(i);
            if (c == '.' || c == ',' || c == ';') {
                return first.substring(0, i);
            }
        }
        return first;
    }

    private static Rule rule(Outcome outcome, String... words) {
        String anyWord = "\\b(" + String.join("|", words) + ")\\b";
        return new Rule(outcome, List.of(words), Pattern.compile(anyWord, Pattern.UNICODE_CHARACTER_CLASS));
    }
}
