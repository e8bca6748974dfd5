package dk.sagsspor.events;

/** Classpath locations of the machine-readable contract shipped in this jar. */
public final class EventSchemas {
    public static final String MEETING_PUBLISHED_V1 = "/dk/sagsspor/events/schema/meeting-published.v1.json";
    public static final String AGENDA_ITEM_DECIDED_V1 = "/dk/sagsspor/events/schema/agenda-item-decided.v1.json";
    public static final String CASE_UPDATED_V1 = "/dk/sagsspor/events/schema/case-updated.v1.json";
    public static final String CASE_UPDATED_V2 = "/dk/sagsspor/events/schema/case-updated.v2.json";
    public static final String AGENDA_ITEM_RETRACTED_V1 = "/dk/sagsspor/events/schema/agenda-item-retracted.v1.json";
    public static final String MEETING_WITHDRAWN_V1 = "/dk/sagsspor/events/schema/meeting-withdrawn.v1.json";
    public static final String ASYNCAPI = "/dk/sagsspor/events/asyncapi.yaml";

    private EventSchemas() {
    }
}
