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

    private record Rule(Outcome outcome, Pattern pattern) {
    }

    private static final List<Rule> RULES = List.of(
            rule(Outcome.REJECTED, "\\b(ikke godkendt|ikke anbefalet|anbefales ikke|godkendes ikke|forkastet|forkastes|afvist|afvises)\\b"),
            rule(Outcome.POSTPONED, "\\b(udsat|udsættes)\\b"),
            rule(Outcome.FORWARDED, "\\b(oversende|oversendes|oversendt)\\b"),
            rule(Outcome.RECOMMENDED, "\\b(anbefales|anbefaler|anbefalet)\\b"),
            rule(Outcome.APPROVED, "\\b(godkendt|godkendes|godkender|vedtaget)\\b"),
            rule(Outcome.NOTED, "\\btil efterretning\\b"),
            rule(Outcome.DISCUSSED, "\\b(drøftet|drøftes)\\b"),
            rule(Outcome.NO_REMARKS, "\\bingen bemærkninger\\b"));

    private OutcomeClassifier() {
    }

    static Outcome classify(String decisionText) {
        if (decisionText == null) {
            return Outcome.NONE;
        }
        String text = decisionText.strip();
        if (text.isEmpty() || text.matches("[-–—]+")) {
            return Outcome.NONE;
        }
        String clause = openingClause(text).toLowerCase(Locale.ROOT);
        for (Rule rule : RULES) {
            if (rule.pattern().matcher(clause).find()) {
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

    private static Rule rule(Outcome outcome, String regex) {
        return new Rule(outcome, Pattern.compile(regex, Pattern.UNICODE_CHARACTER_CLASS));
    }
}
