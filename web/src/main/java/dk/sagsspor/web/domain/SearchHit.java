package dk.sagsspor.web.domain;

import io.quarkus.qute.TemplateData;

/** An agenda item that matched a search; the snippet marks the words found with « and ». */
@TemplateData
public record SearchHit(String meetingId, Committee committee, String writtenDate, int itemNumber, String title,
                        String caseNumber, Label outcome, String snippet) {
}
