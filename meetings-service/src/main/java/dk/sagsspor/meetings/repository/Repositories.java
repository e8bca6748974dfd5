package dk.sagsspor.meetings.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/** Panache repositories of meetings-service. */
public final class Repositories {

    private Repositories() {
    }

    @ApplicationScoped
    public static class Bodies implements PanacheRepositoryBase<BodyEntity, String> {
    }

    @ApplicationScoped
    public static class Meetings implements PanacheRepositoryBase<MeetingEntity, String> {
    }

    @ApplicationScoped
    public static class AgendaItems implements PanacheRepositoryBase<AgendaItemEntity, AgendaItemEntity.Key> {

        public java.util.List<AgendaItemEntity> ofMeeting(String meetingId) {
            return list("key.meetingId = ?1 order by key.number", meetingId);
        }
    }
}
