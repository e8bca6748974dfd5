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

    @Column(name = "current_version", nullable = false)
    public int currentVersion;

    @Column(name = "current_document_id", nullable = false)
    public UUID currentDocumentId;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    /** Meeting ids are readable and stable: the body's id and the date, e.g. {@code su-2025-12-11}. */
    public static String idOf(String bodyId, LocalDate date) {
        return bodyId + "-" + date;
    }
}
