package dk.sagsspor.cases.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A stored {@link dk.sagsspor.cases.domain.CaseView}, with the columns the list filters need. */
@Entity
@Table(name = "case_view")
public class CaseViewEntity {

    @Id
    @Column(name = "case_number")
    public String caseNumber;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String status;

    @Column(name = "next_committee")
    public String nextCommittee;

    /** The next body's name as the view shows it, so a list line needs no more than the columns. */
    @Column(name = "next_committee_name")
    public String nextCommitteeName;

    @Column(name = "last_activity")
    public LocalDate lastActivity;

    @Column(nullable = false)
    public String committees;

    @Column(name = "search_text", nullable = false)
    public String searchText;

    /** The view's JSON, as the service wrote it (text: nothing queries inside it). */
    @Column(nullable = false)
    public String view;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    /** Grows by one with each change of the case. */
    @Column(nullable = false)
    public long revision;

    /** No document speaks of the case any more: GET answers 410 Gone, lists leave it out (but for sync). */
    @Column(nullable = false)
    public boolean deleted;
}
