package dk.sagsspor.meetings.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

@Entity
@Table(name = "body")
public class BodyEntity {

    @Id
    public String id;

    @Column(nullable = false)
    public String name;

    public String abbreviation;

    @Column(nullable = false)
    public String kind;

    @Column(name = "modified_at", nullable = false)
    public OffsetDateTime modifiedAt;
}
