package dk.sagsspor.ingest.rest;

import com.fasterxml.jackson.databind.JsonNode;
import dk.sagsspor.ingest.domain.Document;
import dk.sagsspor.ingest.domain.DocumentStatus;
import dk.sagsspor.ingest.service.DocumentIntake;
import dk.sagsspor.ingest.service.IngestOutcome;
import dk.sagsspor.problems.Problem;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.IntStream;
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

    /** The answer to POST /documents/batch: one entry a part of the body, in the order they were sent. */
    public record BatchResponse(List<BatchItem> documents) {

        static BatchResponse of(List<DocumentIntake.Received> received, String instance) {
            return new BatchResponse(IntStream.range(0, received.size())
                    .mapToObj(i -> BatchItem.of(i, received.get(i), instance)).toList());
        }
    }

    /**
     * What became of one document of a batch.
     *
     * @param index    the part's place in the body, from 0
     * @param status   what POST /documents answers for the same document alone: 201 new, 200 seen before or
     *                 reinstated, 413 too large (not kept), 415 not a type read here or 422 not minutes (both kept:
     *                 the problem names the documentId); 503 every parser busy or 500 not stored (nothing kept: send
     *                 that part again)
     * @param document the document (201, 200); null with a problem
     * @param problem  why it was refused; null with a document
     */
    public record BatchItem(int index, int status, @Schema(nullable = true) IngestResponse document,
                            @Schema(nullable = true) Problem problem) {

        static BatchItem of(int index, DocumentIntake.Received received, String instance) {
            if (received.problem() != null) {
                Problem problem = received.problem().toProblem(instance);
                return new BatchItem(index, problem.status(), null, problem);
            }
            IngestOutcome outcome = received.outcome();
            return new BatchItem(index, outcome.result() == IngestOutcome.Result.CREATED ? 201 : 200,
                    IngestResponse.of(outcome), null);
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
