package dk.sagsspor.municipal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The bodies of the municipality (domain.md), matched by name or abbreviation whatever the electoral-term suffix.
 * A body not in the registry is not an error: it gets a slug id, so a new council or network shows up on first sight.
 */
public final class BodyRegistry {

    /** A registered body. */
    public record Entry(String id, String name, String abbreviation, String kind) {
    }

    /**
     * A body as a document names it, resolved.
     *
     * @param id   registry id ({@code bfu}, {@code su}, ...) or, for a body not in the registry, a slug of its name
     * @param name the registry name, or the written name without any electoral-term suffix
     * @param term the electoral term ({@code 2022-2025}), as written after the name or derived from the date it acted
     *             on; null when neither is known
     */
    public record Resolved(String id, String name, String term) {
    }

    public static final List<Entry> ENTRIES = List.of(
            new Entry("kb", "Kommunalbestyrelsen", "KB", "COUNCIL"),
            new Entry("oeu", "Økonomiudvalget", "ØU", "STANDING_COMMITTEE"),
            new Entry("bfu", "Børn- og Familieudvalget", "BFU", "STANDING_COMMITTEE"),
            new Entry("ubu", "Unge- og Beskæftigelsesudvalget", "UBU", "STANDING_COMMITTEE"),
            new Entry("su", "Socialudvalget", "SU", "STANDING_COMMITTEE"),
            new Entry("aesu", "Ældre- og Sundhedsudvalget", "ÆSU", "STANDING_COMMITTEE"),
            new Entry("kfu", "Kultur- og Fritidsudvalget", "KFU", "STANDING_COMMITTEE"),
            new Entry("tmu", "Teknik- og Miljøudvalget", "TMU", "STANDING_COMMITTEE"),
            new Entry("dir", "Direktionen", "DIR", "ADMINISTRATION"),
            new Entry("hr", "Handicaprådet", "HR", "ADVISORY_COUNCIL"));

    /**
     * A name's closing punctuation. The look-behind tries a run from its first character only: "[.:;,]+$" alone
     * would retry a long run in the middle of a name from each of its characters, in time growing with its square. It
     * comes after the first character, so the search costs one comparison at each character that is no punctuation.
     */
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[.:;,](?<![.:;,][.:;,])[.:;,]*+$");
    private static final Pattern TERM_SUFFIX = Pattern.compile("^(.*?)\\s+" + ElectoralTerms.AS_WRITTEN + "$");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    /**
     * Each entry under its lower-case name, abbreviation and id, the first entry winning, as {@link #find} looked them
     * up one by one: the parser resolves every body name it reads, hundreds per document.
     */
    private static final Map<String, Entry> BY_KEY = byKey();

    private BodyRegistry() {
    }

    /**
     * @param writtenName the name as the document writes it, perhaps with a term ("Børn- og Familieudvalget 2022-2025")
     * @param actedOn     the date the body acted, to derive the term when none is written
     */
    public static Resolved resolve(String writtenName, LocalDate actedOn) {
        String name = TRAILING_PUNCTUATION.matcher(WHITESPACE.matcher(writtenName.strip()).replaceAll(" ")).replaceFirst("");
        String term = null;
        Matcher m = TERM_SUFFIX.matcher(name);
        if (endsWithDigit(name) && m.matches()) { // a written term ends in a year; most names have none
            name = m.group(1);
            term = m.group(2) + "-" + m.group(3);
        }
        if (term == null && actedOn != null) {
            term = ElectoralTerms.of(actedOn);
        }
        Optional<Entry> known = find(name);
        if (known.isPresent()) {
            return new Resolved(known.get().id(), known.get().name(), term);
        }
        return new Resolved(Slugs.of(name), name, term);
    }

    /** The registry id of a name or abbreviation, or the slug id an unknown body gets. */
    public static String idOf(String writtenName) {
        return resolve(writtenName, null).id();
    }

    public static Optional<Entry> find(String name) {
        return Optional.ofNullable(BY_KEY.get(name.strip().toLowerCase(Locale.ROOT)));
    }

    private static Map<String, Entry> byKey() {
        Map<String, Entry> byKey = new HashMap<>();
        for (Entry e : ENTRIES) {
            byKey.putIfAbsent(e.name().toLowerCase(Locale.ROOT), e);
            byKey.putIfAbsent(e.abbreviation().toLowerCase(Locale.ROOT), e);
            byKey.putIfAbsent(e.id(), e); // ids are compared as they are written, and they are lower case
        }
        return Map.copyOf(byKey);
    }

    private static boolean endsWithDigit(String name) {
        return !name.isEmpty() && name.charAt(name.length() - 1) >= '0' && name.charAt(name.length() - 1) <= '9';
    }

    public static Optional<Entry> byId(String id) {
        return ENTRIES.stream().filter(e -> e.id().equals(id)).findFirst();
    }
}
