package dk.sagsspor.meetings.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.sagsspor.events.MeetingPublishedV1;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Consumes meeting-published; a record that cannot be read goes to the dead-letter topic (configuration). */
@ApplicationScoped
public class MeetingConsumer {

    private final MeetingUpdateService meetings;
    private final ObjectMapper json;

    MeetingConsumer(MeetingUpdateService meetings, ObjectMapper json) {
        this.meetings = meetings;
        this.json = json;
    }

    @Incoming("meetings")
    @Blocking
    public void onMeetingPublished(String payload) throws JsonProcessingException {
        meetings.apply(json.readValue(payload, MeetingPublishedV1.class));
    }
}
