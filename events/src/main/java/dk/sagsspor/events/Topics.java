package dk.sagsspor.events;

/** Kafka topic names. See {@code asyncapi.yaml} for keys and payloads. */
public final class Topics {
    /** Key: meeting id. Payload: {@link MeetingPublishedV1}. */
    public static final String MEETING_PUBLISHED = "meeting-published";
    /** Key: case number. Payload: {@link AgendaItemDecidedV1}. */
    public static final String AGENDA_ITEM_DECIDED = "agenda-item-decided";
    /** Key: case number. Payload: {@link CaseUpdatedV1}. */
    public static final String CASE_UPDATED = "case-updated";

    private Topics() {
    }
}
