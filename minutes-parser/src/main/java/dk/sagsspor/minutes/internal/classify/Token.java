package dk.sagsspor.minutes.internal.classify;

import dk.sagsspor.minutes.internal.text.Block;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** A classified block: what kind of thing in a minutes document it is, with the facts read off it. */
public sealed interface Token {

    Block block();

    /** "REFERAT Socialudvalget d. 11-12-2025" or "UDKAST TIL REFERAT ...", or a network's "4. møde i ...". */
    record MeetingHeader(Block block, boolean draft, String bodyName, LocalDate date) implements Token {
    }

    /**
     * "Mødedato Torsdag d. 11. december 2025 kl. 17:00", or "Dato: 14. oktober 2025" above a time table. Date or time
     * may be missing in a damaged document.
     */
    record MeetingDate(Block block, LocalDate date, LocalTime time) implements Token {
    }

    /** "Mødested Mødelokale 8". */
    record Location(Block block, String location) implements Token {
    }

    /** "Mødedeltagere A, B, C" (wrapped over several lines). */
    record Attendees(Block block, List<String> names) implements Token {
    }

    /** "Indholdsfortegnelse": the table of contents follows, whose titles are cut off and never used. */
    record TableOfContents(Block block) implements Token {
    }

    /** "Punkt 4: Beslutning om hjemløsestrategi". */
    record ItemHeading(Block block, int number, String title) implements Token {
    }

    /** "25-008999". */
    record CaseNumber(Block block, String caseNumber) implements Token {
    }

    /** "Beslutning", "Behandling", "Sagens forløb", ... */
    record SectionHeading(Block block, SectionKind kind) implements Token {
    }

    /** "09/12/2025 Unge- og Beskæftigelsesudvalget": a step of "Sagens forløb". */
    record HistoryStepHeading(Block block, LocalDate date, String bodyName) implements Token {
    }

    /** "Tid og sted: Kl. 10-13 på Teams", above a time table. Either may be missing. */
    record TimeAndPlace(Block block, LocalTime time, String location) implements Token {
    }

    /** "10:00-10:10 Velkomst ...": a row of a time table. */
    record TimeSlot(Block block, String timeSlot, String agenda) implements Token {
    }

    /** "Afbud: Hans Munk". */
    record Absence(Block block, List<String> names) implements Token {
    }

    /** Anything else: a paragraph of text. */
    record Text(Block block) implements Token {
    }
}
