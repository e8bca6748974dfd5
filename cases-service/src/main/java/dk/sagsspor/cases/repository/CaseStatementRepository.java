package dk.sagsspor.cases.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class CaseStatementRepository implements PanacheRepositoryBase<CaseStatementEntity, CaseStatementEntity.Key> {

    public List<CaseStatementEntity> ofCase(String caseNumber) {
        return list("key.caseNumber", caseNumber);
    }

    public List<CaseStatementEntity> ofCaseAndMeeting(String caseNumber, String meetingId) {
        return list("key.caseNumber = ?1 and key.meetingId = ?2", caseNumber, meetingId);
    }
}
