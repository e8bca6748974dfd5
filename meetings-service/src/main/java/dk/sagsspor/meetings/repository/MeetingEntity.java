package dk.sagsspor.meetings.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "meeting")
public class MeetingEntity {

    @Id
    public String id;

    @Column(name = "body_id", nullable = false)
    public String bodyId;

    /** The body of {@link #bodyId}, read-only; the read models fetch it along ({@code join fetch m.body}). */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "body_id", insertable = false, updatable = false)
    public BodyEntity body;

    /** The instant; {@link #startOffset} keeps the Copenhagen offset of the day, so the API can show local time. */
    @Column(name = "starts_at", nullable = false)
    public OffsetDateTime startsAt;

    @Column(name = "start_offset", nullable = false)
    public String startOffset;

    public String location;

    @Column(nullable = false)
    public String status;

    @Column(nullable = false)
    public int version;

    /** Grows with every change ingest-service made to the meeting; what a lower revision says is stale. */
    @Column(nullable = false)
    public int revision;

    /** Every version of its minutes was withdrawn: GET answers 410, lists leave it out (but for sync). */
    @Column(nullable = false)
    public boolean withdrawn;

    @Column(name = "document_id", nullable = false)
    public String documentId;

    /** Names as the minutes print them, in their order (jsonb: a list that is only ever read whole). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<String> attendees;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<String> absentees;

    @Column(name = "modified_at", nullable = false)
    public OffsetDateTime modifiedAt;

    public OffsetDateTime localStart() {
        return startsAt.withOffsetSameInstant(java.time.ZoneOffset.of(startOffset));
    }
}
