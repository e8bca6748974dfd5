package dk.sagsspor.benchmarks.corpus;

import dk.sagsspor.municipal.BodyRegistry;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * Synthetic minutes in the municipality's text format (as in {@code samples/minutes} and the seeds), deterministic by
 * seed, of any size: the bodies of {@link BodyRegistry} meet on a fixed calendar (the committees and Økonomiudvalget
 * every other week, Kommunalbestyrelsen every fourth, Direktionen weekly but without published minutes, so it is seen
 * only in the cases' histories), each with its members. Cases start at a committee, travel planned routes of 2 to 6
 * bodies and are sometimes postponed; every item carries its "Behandling" (the route) and "Sagens forløb" (every
 * earlier step). The simulation knows each case's true story, which becomes its {@link ExpectedTimeline}.
 */
public final class CorpusGenerator {

    /** A generated corpus: the documents in meeting order and the timeline each case must end with. */
    public record Corpus(List<GeneratedMinutes> documents, List<ExpectedTimeline> timelines) {

        public int decisions() {
            return documents.stream().mapToInt(d -> d.items().size()).sum();
        }
    }

    private static final List<String> COMMITTEES = List.of("bfu", "ubu", "su", "aesu", "kfu", "tmu", "hr");
    private static final String DIRECTORATE = "dir";
    private static final String FINANCE = "oeu";
    private static final String COUNCIL = "kb";
    private static final LocalDate FIRST_MONDAY = LocalDate.of(2026, 1, 5);
    private static final int MAX_ITEMS = 8;
    private static final double POSTPONE = 0.12;

    private static final List<String> FIRST_NAMES = List.of("Anne", "Peter", "Mette", "Jonas", "Karen", "Henrik",
            "Sara", "Lars", "Ib", "Åse", "Søren", "Birgitte", "Mads", "Line", "Ole", "Hanne", "Jørgen", "Camilla",
            "Niels", "Pia");
    private static final List<String> LAST_NAMES = List.of("Lund", "Holm Madsen", "Kirkegaard", "Rasmussen", "Skov",
            "Bach", "Juul", "Østergaard", "Nielsen", "Dam", "Jensen", "Hansen", "Pedersen", "Andersen", "Christensen",
            "Larsen", "Sørensen", "Møller", "Frederiksen", "Kjær");
    private static final List<String> TOPICS = List.of("klimatilpasning af skolegårde", "renovering af svømmehallen",
            "nye cykelstier", "udvidelse af plejecentret", "takster for dagtilbud", "lokalplan for havnefronten",
            "tilskud til foreningslivet", "hjemløsestrategien", "vintervedligeholdelse af veje",
            "digitalisering af borgerservice", "affaldsordning for sommerhuse", "sundhedspolitik 2027");
    private static final List<String> PLACES = List.of("Nordskolen", "Østskolen", "Vestbyen", "Havnen", "Rådhuset",
            "Bymidten", "Strandparken", "Engdalen");

    private final Random random;
    private final Map<String, List<String>> members = new LinkedHashMap<>();
    private int nextCase;

    public CorpusGenerator(long seed) {
        this.random = new Random(seed);
        this.nextCase = 1 + random.nextInt(1000);
        for (BodyRegistry.Entry body : BodyRegistry.ENTRIES) {
            int size = body.id().equals(COUNCIL) ? 15 : 5 + random.nextInt(5);
            List<String> names = new ArrayList<>();
            while (names.size() < size) {
                String name = pick(FIRST_NAMES) + " " + pick(LAST_NAMES);
                if (!names.contains(name)) {
                    names.add(name);
                }
            }
            members.put(body.id(), names);
        }
    }

    /** A case as the simulation knows it: its route, where it stands, and what happened to it so far. */
    private static final class SimCase {
        final String number;
        final String title;
        final List<String> route;
        final List<ExpectedTimeline.Step> steps = new ArrayList<>();
        final List<String> decisionTexts = new ArrayList<>();
        int at;
        LocalDate readyAfter;
        boolean concluded;

        SimCase(String number, String title, List<String> route) {
            this.number = number;
            this.title = title;
            this.route = route;
        }

        void act(LocalDate date, String body, String outcome, String decisionText) {
            steps.add(new ExpectedTimeline.Step(date, body, outcome));
            decisionTexts.add(decisionText);
            readyAfter = date;
        }
    }

    /** @param minutes how many minutes documents to write (at least one) */
    public Corpus generate(int minutes) {
        List<GeneratedMinutes> documents = new ArrayList<>();
        Map<String, SimCase> cases = new LinkedHashMap<>();
        Map<String, Deque<SimCase>> waiting = new LinkedHashMap<>();
        BodyRegistry.ENTRIES.forEach(b -> waiting.put(b.id(), new ArrayDeque<>()));
        for (int week = 0; documents.size() < minutes; week++) {
            LocalDate monday = FIRST_MONDAY.plusWeeks(week);
            for (Meeting meeting : meetingsOf(week, monday)) {
                if (documents.size() == minutes) {
                    break;
                }
                List<SimCase> agenda = agenda(meeting, waiting.get(meeting.body()), cases);
                documents.add(write(meeting, agenda, waiting));
            }
        }
        List<ExpectedTimeline> timelines = cases.values().stream().filter(c -> c.steps.size() > 0)
                .map(CorpusGenerator::expected).toList();
        return new Corpus(documents, timelines);
    }

    private record Meeting(String body, LocalDate date, int hour) {
    }

    /** The week's meetings in date order: committees on alternate weeks, ØU every other week, KB every fourth. */
    private static List<Meeting> meetingsOf(int week, LocalDate monday) {
        List<Meeting> meetings = new ArrayList<>();
        for (int i = 0; i < COMMITTEES.size(); i++) {
            if ((week + i) % 2 == 0) {
                meetings.add(new Meeting(COMMITTEES.get(i), monday.plusDays(i % 4), 15 + i % 3));
            }
        }
        if (week % 2 == 1) {
            meetings.add(new Meeting(FINANCE, monday.plusDays(1), 14));
        }
        if (week % 4 == 3) {
            meetings.add(new Meeting(COUNCIL, monday.plusDays(2), 18));
        }
        meetings.sort((a, b) -> a.date().equals(b.date()) ? a.body().compareTo(b.body())
                : a.date().compareTo(b.date()));
        return meetings;
    }

    /** Cases waiting at the body (since an earlier day), then new ones that start here, up to the meeting's size. */
    private List<SimCase> agenda(Meeting meeting, Deque<SimCase> queue, Map<String, SimCase> cases) {
        List<SimCase> agenda = new ArrayList<>();
        int size = 3 + random.nextInt(MAX_ITEMS - 2);
        for (var it = queue.iterator(); it.hasNext() && agenda.size() < size; ) {
            SimCase waiting = it.next();
            if (waiting.readyAfter.isBefore(meeting.date())) {
                agenda.add(waiting);
                it.remove();
            }
        }
        while (COMMITTEES.contains(meeting.body()) && agenda.size() < size) {
            SimCase started = newCase(meeting);
            cases.put(started.number, started);
            agenda.add(started);
        }
        return agenda;
    }

    /** A route of 2-6 bodies starting (perhaps after Direktionen) at this committee; Direktionen acted days before. */
    private SimCase newCase(Meeting meeting) {
        List<String> route = new ArrayList<>();
        boolean directorate = random.nextBoolean();
        if (directorate) {
            route.add(DIRECTORATE);
        }
        route.add(meeting.body());
        List<String> others = new ArrayList<>(COMMITTEES);
        others.remove(meeting.body());
        int more = random.nextInt(3);
        for (int i = 0; i < more; i++) {
            route.add(others.remove(random.nextInt(others.size())));
        }
        if (random.nextDouble() < 0.7) {
            route.add(FINANCE);
        }
        if (random.nextDouble() < 0.6 || route.size() < 2) {
            route.add(COUNCIL);
        }
        while (route.size() > 6) {
            route.remove(route.size() - 2);
        }
        String number = String.format("%02d-%06d", meeting.date().getYear() % 100, nextCase++);
        String title = "Beslutning om " + pick(TOPICS) + " ved " + pick(PLACES) + ", etape " + (1 + random.nextInt(9));
        SimCase started = new SimCase(number, title, List.copyOf(route));
        if (directorate) {
            started.act(meeting.date().minusDays(3 + random.nextInt(4)), DIRECTORATE, "RECOMMENDED", "Anbefales.");
            started.at = 1;
        }
        return started;
    }

    /** Writes the minutes and moves each case on: postponed (waits here), recommended (next body) or concluded. */
    private GeneratedMinutes write(Meeting meeting, List<SimCase> agenda, Map<String, Deque<SimCase>> waiting) {
        String bodyName = name(meeting.body());
        List<String> attendees = new ArrayList<>(members.get(meeting.body()));
        List<GeneratedMinutes.Item> items = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        text.append("REFERAT ").append(bodyName).append(" d. ").append(Danish.numeric(meeting.date())).append("\n\n");
        text.append("Mødedato ").append(Danish.longDate(meeting.date())).append(" kl. ").append(meeting.hour())
                .append(":00\n\n");
        text.append("Mødested ").append(meeting.body().equals(COUNCIL) ? "Byrådssalen" : "Mødelokale "
                + (1 + random.nextInt(4)) + ", Rådhuset").append("\n\n");
        text.append("Mødedeltagere ").append(Danish.list(attendees)).append("\n\n");
        text.append("Indholdsfortegnelse\n\n");
        text.append("Godkendelse af dagsorden.....\t2\n");
        IntStream.range(0, agenda.size()).forEach(i ->
                text.append(agenda.get(i).title).append(".....\t").append(3 + i).append('\n'));
        text.append("\nPunkt 1: Godkendelse af dagsorden\n\nBeslutning\n\nGodkendt.\n");
        for (int i = 0; i < agenda.size(); i++) {
            SimCase c = agenda.get(i);
            List<ExpectedTimeline.Step> history = List.copyOf(c.steps);
            List<String> historyTexts = List.copyOf(c.decisionTexts);
            boolean last = c.at == c.route.size() - 1;
            String outcome;
            String decision;
            if (random.nextDouble() < POSTPONE) {
                outcome = "POSTPONED";
                decision = "Udsat.";
            } else if (last) {
                outcome = "APPROVED";
                decision = "Godkendt.";
            } else {
                outcome = "RECOMMENDED";
                decision = random.nextBoolean() ? "Anbefales." : "Anbefales med den bemærkning at sagen følges tæt.";
            }
            c.act(meeting.date(), meeting.body(), outcome, decision);
            if (!"POSTPONED".equals(outcome)) {
                c.at++;
            }
            if (!last || "POSTPONED".equals(outcome)) {
                waiting.get(c.route.get(c.at)).add(c);
            } else {
                c.concluded = true;
            }
            items.add(new GeneratedMinutes.Item(c.number, c.title, outcome, c.route, history));
            item(text, i + 2, c, last, decision, history, historyTexts);
        }
        String fileName = meeting.date() + "-" + meeting.body() + ".txt";
        return new GeneratedMinutes(fileName, meeting.body(), meeting.date(), text.toString(), items);
    }

    private void item(StringBuilder text, int number, SimCase c, boolean last, String decision,
                      List<ExpectedTimeline.Step> history, List<String> historyTexts) {
        text.append("\nPunkt ").append(number).append(": ").append(c.title).append("\n\n");
        text.append(c.number).append("\n\n");
        text.append("Beslutning\n\n").append(decision).append("\n\n");
        text.append("Sagsfremstilling\n\nResume og sagens baggrund\n\n");
        text.append("Sagen handler om ").append(c.title.substring("Beslutning om ".length()))
                .append(". Administrationen har udarbejdet et forslag, som forelægges til ")
                .append(last ? "endelig beslutning." : "anbefaling.").append("\n\n");
        text.append("Indstillinger\n\nDirektøren indstiller, at forslaget godkendes, og at der frigives ")
                .append(1 + random.nextInt(9)).append(",").append(random.nextInt(10)).append(" mio. kr.\n\n");
        text.append("Behandling\n\n").append(Danish.list(c.route.stream().map(CorpusGenerator::name).toList()))
                .append(".\n\n");
        text.append("Økonomiske konsekvenser\n\nUdgiften finansieres af anlægsrammen.\n");
        if (!history.isEmpty()) {
            text.append("\nSagens forløb\n");
            for (int i = 0; i < history.size(); i++) {
                ExpectedTimeline.Step step = history.get(i);
                text.append('\n').append(Danish.slashed(step.date())).append(' ').append(name(step.body()))
                        .append("\n\n").append(historyTexts.get(i)).append('\n');
            }
        }
    }

    private static ExpectedTimeline expected(SimCase c) {
        ExpectedTimeline.Step last = c.steps.get(c.steps.size() - 1);
        String status = "POSTPONED".equals(last.outcome()) ? "POSTPONED" : c.concluded ? "CONCLUDED" : "IN_PROGRESS";
        return new ExpectedTimeline(c.number, c.title, status, c.route, List.copyOf(c.steps));
    }

    static String name(String bodyId) {
        return BodyRegistry.ENTRIES.stream().filter(e -> e.id().equals(bodyId)).findFirst().orElseThrow().name();
    }

    private <T> T pick(List<T> from) {
        return from.get(random.nextInt(from.size()));
    }

    /** How the minutes write dates and lists. */
    static final class Danish {

        private static final List<String> WEEKDAYS = List.of("Mandag", "Tirsdag", "Onsdag", "Torsdag", "Fredag",
                "Lørdag", "Søndag");
        private static final List<String> MONTHS = List.of("januar", "februar", "marts", "april", "maj", "juni",
                "juli", "august", "september", "oktober", "november", "december");

        private Danish() {
        }

        /** 04-02-2026 */
        static String numeric(LocalDate date) {
            return String.format("%02d-%02d-%d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
        }

        /** 04/02/2026 */
        static String slashed(LocalDate date) {
            return String.format("%02d/%02d/%d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
        }

        /** Onsdag d. 04. februar 2026 */
        static String longDate(LocalDate date) {
            DayOfWeek day = date.getDayOfWeek();
            return WEEKDAYS.get(day.getValue() - 1) + " d. " + String.format("%02d", date.getDayOfMonth()) + ". "
                    + MONTHS.get(date.getMonthValue() - 1) + " " + date.getYear();
        }

        /** "a, b og c" */
        static String list(List<String> names) {
            if (names.size() == 1) {
                return names.get(0);
            }
            return String.join(", ", names.subList(0, names.size() - 1)) + " og " + names.get(names.size() - 1);
        }
    }
}
