package dk.sagsspor.ingest.repository;

import dk.sagsspor.ingest.domain.Meeting;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Optional;

@ApplicationScoped
public class MeetingRepository implements PanacheRepositoryBase<Meeting, String> {

    /** Locks the meeting row, so two versions of the same minutes arriving at once get distinct version numbers. */
    public Optional<Meeting> findForUpdate(String id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }
}
