package dk.sagsspor.meetings.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "agenda_item")
public class AgendaItemEntity {

    @Embeddable
    public record Key(@Column(name = "meeting_id") String meetingId, @Column(name = "number") int number)
            implements Serializable {
    }

    @EmbeddedId
    public Key key;

    /** The meeting's start, copied so that search can order matches by it without a join (V3 migration). */
    @Column(name = "meeting_starts_at", nullable = false)
    public OffsetDateTime meetingStartsAt;

    @Column(nullable = false)
    public String title;

    @Column(name = "time_slot")
    public String timeSlot;

    @Column(name = "case_number")
    public String caseNumber;

    @Column(name = "decision_text")
    public String decisionText;

    @Column(nullable = false)
    public String outcome;

    /** Names excused at this item (jsonb, like the other lists here: read and written whole by Hibernate). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<String> absentees;

    public String resume;

    public String indstillinger;

    public String sagsfremstilling;

    @Column(name = "oekonomiske_konsekvenser")
    public String oekonomiskeKonsekvenser;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "planned_route", nullable = false)
    public List<String> plannedRoute;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<String> attachments;
}
