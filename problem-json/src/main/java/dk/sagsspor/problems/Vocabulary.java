package dk.sagsspor.problems;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Every code the APIs answer in an {@code outcome}, {@code status} or {@code kind} field, with a Danish and an
 * English label, so a page shows "Anbefales" without a table of its own. The one home of the labels for all three
 * services (each serves it at {@code GET /vocabulary}); each service's tests check that every constant of its own
 * enums (outcomes, case, meeting and document statuses) is here, so a new code cannot go out without its labels.
 */
@Schema(description = "The codes of outcome, status and kind fields with their Danish (da) and English (en) labels")
public record Vocabulary(List<Term> outcomes, List<Term> caseStatuses, List<Term> meetingStatuses,
                         List<Term> documentStatuses, List<Term> sourceKinds) {

    @Schema(name = "VocabularyTerm", description = "A code and its labels")
    public record Term(String code, String da, String en) {
    }

    public static final Vocabulary TERMS = new Vocabulary(
            List.of(new Term("RECOMMENDED", "Anbefales", "Recommended"),
                    new Term("APPROVED", "Godkendt", "Approved"),
                    new Term("NOTED", "Taget til efterretning", "Noted"),
                    new Term("DISCUSSED", "Drøftet", "Discussed"),
                    new Term("POSTPONED", "Udsat", "Postponed"),
                    new Term("FORWARDED", "Oversendt", "Forwarded"),
                    new Term("REJECTED", "Ikke godkendt", "Rejected"),
                    new Term("NO_REMARKS", "Ingen bemærkninger", "No remarks"),
                    new Term("NONE", "Ingen beslutning", "No decision"),
                    new Term("OTHER", "Anden beslutning", "Other decision")),
            List.of(new Term("IN_PROGRESS", "Under behandling", "In progress"),
                    new Term("POSTPONED", "Udsat", "Postponed"),
                    new Term("CONCLUDED", "Afsluttet", "Concluded")),
            List.of(new Term("FINAL", "Endeligt referat", "Final minutes"),
                    new Term("DRAFT", "Foreløbigt referat", "Draft minutes")),
            List.of(new Term("ACCEPTED", "Modtaget og læst", "Accepted"),
                    new Term("REJECTED", "Afvist", "Rejected"),
                    new Term("WITHDRAWN", "Trukket tilbage", "Withdrawn")),
            List.of(new Term("AGENDA_ITEM", "Dagsordenspunkt", "Agenda item"),
                    new Term("CASE_HISTORY", "Sagens forløb", "Case history")));

    /** The codes of one list, to check an enum against. */
    public static List<String> codes(List<Term> terms) {
        return terms.stream().map(Term::code).toList();
    }
}
