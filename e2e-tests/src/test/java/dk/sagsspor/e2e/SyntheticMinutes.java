package dk.sagsspor.e2e;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Many small minutes written for a test, in the text format the municipality exports: {@code meetings} meetings, one a
 * day, of four committees in turn, each deciding {@code itemsPerMeeting} cases. A case comes back in later meetings,
 * so most cases get several steps. Beside the documents, what every case's timeline must then hold, worked out from
 * the same plan rather than from the system.
 *
 * @param documents the minutes, UTF-8 text
 * @param expected  per case number, its steps as "committee id on date", in date order
 */
record SyntheticMinutes(List<byte[]> documents, Map<String, List<String>> expected) {

    private static final Locale DANISH = Locale.forLanguageTag("da");
    private static final List<List<String>> COMMITTEES = List.of(List.of("su", "Socialudvalget"),
            List.of("bfu", "Børn- og Familieudvalget"), List.of("oeu", "Økonomiudvalget"),
            List.of("kb", "Kommunalbestyrelsen"));
    private static final LocalDate FIRST_DAY = LocalDate.of(2027, 1, 4);

    static SyntheticMinutes write(int meetings, int itemsPerMeeting, int cases) {
        List<byte[]> documents = new ArrayList<>();
        Map<String, List<String>> expected = new TreeMap<>();
        for (int meeting = 0; meeting < meetings; meeting++) {
            List<String> committee = COMMITTEES.get(meeting % COMMITTEES.size());
            LocalDate day = FIRST_DAY.plusDays(meeting);
            List<String> caseNumbers = new ArrayList<>();
            for (int item = 0; item < itemsPerMeeting; item++) {
                // Consecutive numbers within a meeting: no case twice in one meeting; the window moves on each day.
                String caseNumber = caseNumber((meeting * itemsPerMeeting + item) % cases);
                caseNumbers.add(caseNumber);
                expected.computeIfAbsent(caseNumber, n -> new ArrayList<>()).add(committee.get(0) + " on " + day);
            }
            documents.add(minutes(committee.get(1), day, caseNumbers));
        }
        return new SyntheticMinutes(documents, expected);
    }

    /** The number of the {@code index}th synthetic case: 27-900000, 27-900001, ... */
    static String caseNumber(int index) {
        return String.format(Locale.ROOT, "27-9%05d", index);
    }

    /** Minutes of a Kommunalbestyrelsen meeting on {@code day} that approves the given cases. */
    static byte[] councilMeeting(LocalDate day, List<String> caseNumbers) {
        return minutes("Kommunalbestyrelsen", day, caseNumbers);
    }

    private static byte[] minutes(String committeeName, LocalDate day, List<String> caseNumbers) {
        StringBuilder text = new StringBuilder()
                .append("REFERAT ").append(committeeName).append(" d. ")
                .append(String.format(Locale.ROOT, "%02d-%02d-%d", day.getDayOfMonth(), day.getMonthValue(),
                        day.getYear())).append("\n\n")
                .append("Mødedato ").append(capitalized(day.getDayOfWeek().getDisplayName(TextStyle.FULL, DANISH)))
                .append(" d. ").append(day.getDayOfMonth()).append(". ")
                .append(day.getMonth().getDisplayName(TextStyle.FULL, DANISH)).append(' ').append(day.getYear())
                .append(" kl. 16:00\n\n")
                .append("Mødested Mødelokale 1\n\n")
                .append("Mødedeltagere Anna Berg, Bo Carlsen, Dorte Eriksen\n\n");
        for (int item = 0; item < caseNumbers.size(); item++) {
            String caseNumber = caseNumbers.get(item);
            text.append("Punkt ").append(item + 1).append(": Sag ").append(caseNumber).append("\n\n")
                    .append(caseNumber).append("\n\n")
                    .append("Beslutning\n\n")
                    .append("Godkendt.\n\n");
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    int decisions() {
        return expected.values().stream().mapToInt(List::size).sum();
    }

    private static String capitalized(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
