package dk.sagsspor.cases.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A stored {@link dk.sagsspor.cases.domain.CaseStatement}, as JSON. */
@Entity
@Table(name = "case_statement")
public class CaseStatementEntity {

    @Embeddable
    public record Key(@Column(name = "case_number") String caseNumber, @Column(name = "meeting_id") String meetingId,
                      @Column(name = "item_number") int itemNumber) implements Serializable {
    }

    @EmbeddedId
    public Key key;

    @Column(name = "meeting_version", nullable = false)
    public int meetingVersion;

    /** The meeting's revision this statement was made at; see {@code AgendaItemDecidedV1#revision()}. */
    @Column(nullable = false)
    public int revision;

    @Column(name = "meeting_date", nullable = false)
    public LocalDate meetingDate;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public String statement;

    @Column(name = "received_at", nullable = false)
    public OffsetDateTime receivedAt;
}
