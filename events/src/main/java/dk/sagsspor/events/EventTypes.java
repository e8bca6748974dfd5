package dk.sagsspor.events;

/** CloudEvents {@code type} values (header {@code ce_type}); the suffix is the payload version. */
public final class EventTypes {
    public static final String MEETING_PUBLISHED_V1 = "dk.sagsspor.meeting-published.v1";
    public static final String MEETING_WITHDRAWN_V1 = "dk.sagsspor.meeting.withdrawn.v1";
    public static final String AGENDA_ITEM_DECIDED_V1 = "dk.sagsspor.agenda-item-decided.v1";
    public static final String AGENDA_ITEM_RETRACTED_V1 = "dk.sagsspor.agenda-item.retracted.v1";
    /** No longer sent: case-updated carries the whole case since v2. */
    public static final String CASE_UPDATED_V1 = "dk.sagsspor.case-updated.v1";
    public static final String CASE_UPDATED_V2 = "dk.sagsspor.case-updated.v2";

    private EventTypes() {
    }
}
