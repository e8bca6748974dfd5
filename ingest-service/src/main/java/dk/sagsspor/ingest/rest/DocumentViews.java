package dk.sagsspor.ingest.rest;

import com.fasterxml.jackson.databind.JsonNode;
import dk.sagsspor.ingest.domain.Document;
import dk.sagsspor.ingest.domain.DocumentStatus;
import dk.sagsspor.ingest.service.IngestOutcome;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the documents API answers. */
public final class DocumentViews {

    private DocumentViews() {
    }

    /** The answer to POST /documents (201 new, 200 seen before). */
    public record IngestResponse(String documentId, String sha256, String kind, String meetingId,
                                 Integer meetingVersion, int items, int eventsPublished) {

        static IngestResponse of(IngestOutcome outcome) {
            Document d = outcome.document();
            return new IngestResponse(d.id.toString(), d.sha256, d.kind, d.meetingId, d.meetingVersion, outcome.items(),
                    outcome.eventsQueued());
        }
    }

    /**
     * One received document, without its bytes.
     *
     * @param receivedBy who sent it (the subject of the sender's token)
     * @param deleted true for a withdrawn document, so a mirror syncing with modifiedSince follows withdrawals
     */
    public record DocumentSummary(String documentId, String sha256, String mediaType,
                                  @Schema(nullable = true) String filename, long sizeBytes, String status,
                                  @Schema(nullable = true) String reason, @Schema(nullable = true) String kind,
                                  @Schema(nullable = true) String meetingId, @Schema(nullable = true) Integer meetingVersion,
                                  OffsetDateTime receivedAt, @Schema(nullable = true) String receivedBy,
                                  OffsetDateTime modifiedAt, boolean deleted) {

        static DocumentSummary of(Document d) {
            return new DocumentSummary(d.id.toString(), d.sha256, d.mediaType, d.filename, d.sizeBytes, d.status.name(),
                    d.reason, d.kind, d.meetingId, d.meetingVersion, d.receivedAt, d.receivedBy, d.modifiedAt,
                    d.status == DocumentStatus.WITHDRAWN);
        }
    }

    /**
     * One received document with its parse result (null for a rejected one).
     *
     * @param receivedBy       who sent it (the subject of the sender's token)
     * @param withdrawnAt      when it was withdrawn (status WITHDRAWN); null otherwise
     * @param withdrawnBy      who withdrew it (the subject of their token); null otherwise
     * @param withdrawalReason why, if the one who withdrew it said so
     */
    public record DocumentDetail(String documentId, String sha256, String mediaType,
                                 @Schema(nullable = true) String filename, long sizeBytes, String status,
                                 @Schema(nullable = true) String reason, @Schema(nullable = true) String kind,
                                 @Schema(nullable = true) String meetingId, @Schema(nullable = true) Integer meetingVersion,
                                 OffsetDateTime receivedAt, @Schema(nullable = true) String receivedBy,
                                 OffsetDateTime modifiedAt, @Schema(nullable = true) OffsetDateTime withdrawnAt,
                                 @Schema(nullable = true) String withdrawnBy,
                                 @Schema(nullable = true) String withdrawalReason, String contentUrl,
                                 @Schema(nullable = true) JsonNode parseResult) {

        static DocumentDetail of(Document d, String contentUrl) {
            return new DocumentDetail(d.id.toString(), d.sha256, d.mediaType, d.filename, d.sizeBytes, d.status.name(),
                    d.reason, d.kind, d.meetingId, d.meetingVersion, d.receivedAt, d.receivedBy, d.modifiedAt,
                    d.withdrawnAt, d.withdrawnBy, d.withdrawalReason, contentUrl, d.parseResultTree());
        }
    }
}
