package dk.sagsspor.ingest.service;

import dk.sagsspor.ingest.domain.Document;
import dk.sagsspor.ingest.domain.DocumentStatus;
import dk.sagsspor.ingest.domain.Meeting;
import dk.sagsspor.ingest.repository.DocumentRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * DELETE /documents/{id}: a document posted by mistake, or holding what must not be public, is taken back. It is
 * kept, marked WITHDRAWN with when and why; the meeting version it carried no longer counts, so an earlier version
 * becomes current again or, with none left, the meeting is withdrawn (MeetingVersions writes the events).
 */
@ApplicationScoped
public class DocumentWithdrawals {

    @Inject
    DocumentQueries queries;
    @Inject
    DocumentRepository documents;
    @Inject
    MeetingVersions versions;

    /**
     * Idempotent: withdrawing a withdrawn document changes nothing.
     *
     * @param withdrawnBy who withdraws it: the subject of the request's bearer token
     * @throws dk.sagsspor.problems.ProblemException invalid-parameter or not-found for an unknown id
     */
    @Transactional
    public Document withdraw(String documentId, String reason, String withdrawnBy) {
        Document document = queries.find(documentId);
        if (document.status == DocumentStatus.WITHDRAWN) {
            return document;
        }
        boolean carriedAMeeting = document.status == DocumentStatus.ACCEPTED;
        Meeting meeting = carriedAMeeting ? versions.lock(document.meetingId, document.parsed()) : null;
        document.status = DocumentStatus.WITHDRAWN;
        document.withdrawnAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        document.withdrawalReason = StoredText.withoutControls(reason);
        document.withdrawnBy = withdrawnBy;
        document.modifiedAt = document.withdrawnAt;
        if (carriedAMeeting) {
            documents.flush();
            versions.settle(meeting, MeetingVersions.Change.WITHDRAWN, document.withdrawalReason);
        }
        return document;
    }
}
