package dk.sagsspor.ingest.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A meeting (body + date) and the document that currently describes it. */
@Entity
@Table(name = "meeting")
public class Meeting {

    @Id
    public String id;

    @Column(name = "body_id", nullable = false)
    public String bodyId;

    @Column(name = "meeting_date", nullable = false)
    public LocalDate meetingDate;

    /** The version of the current document; the last one's when every version was withdrawn. */
    @Column(name = "current_version", nullable = false)
    public int currentVersion;

    /** The document that describes the meeting now; null when every version was withdrawn. */
    @Column(name = "current_document_id")
    public UUID currentDocumentId;

    /** Grows with every change of the meeting; its events carry it. */
    @Column(nullable = false)
    public int revision;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    /** Meeting ids are readable and stable: the body's id and the date, e.g. {@code su-2025-12-11}. */
    public static String idOf(String bodyId, LocalDate date) {
        return bodyId + "-" + date;
    }
}
