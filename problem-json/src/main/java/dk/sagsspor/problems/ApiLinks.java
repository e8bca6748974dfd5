package dk.sagsspor.problems;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * References from one resource to another, each with the absolute {@code href} to follow, shared by the three services
 * so that a client generated from all their specs sees one schema per kind. Made by {@link Hrefs}.
 */
public final class ApiLinks {

    private ApiLinks() {
    }

    @Schema(description = "A person named in the minutes; personId is the name's slug, the same in every body")
    public record PersonLink(String personId, String name, String href) {
    }

    @Schema(description = "A meeting (meetings-service); startsAt null when the service does not know it")
    public record MeetingLink(String id, @Schema(nullable = true) OffsetDateTime startsAt, String href) {
    }

    @Schema(description = "An agenda item of a meeting (meetings-service)")
    public record ItemLink(String meetingId, int number, String href) {
    }

    @Schema(description = "A minutes document as received (ingest-service)")
    public record DocumentLink(String documentId, String href) {
    }

    @Schema(description = "A case's timeline (cases-service)")
    public record CaseLink(String caseNumber, String href) {
    }
}
