package dk.sagsspor.events;

/** Kafka topic names. See {@code asyncapi.yaml} for keys and payloads. */
public final class Topics {
    /** Key: meeting id. Payloads: {@link MeetingPublishedV1}, {@link MeetingWithdrawnV1}. */
    public static final String MEETING_PUBLISHED = "meeting-published";
    /** Key: case number. Payloads: {@link AgendaItemDecidedV1}, {@link AgendaItemRetractedV1}. */
    public static final String AGENDA_ITEM_DECIDED = "agenda-item-decided";
    /** Key: case number. Payload: {@link CaseUpdatedV2} (the whole case). Compacted, kept for ever. */
    public static final String CASE_UPDATED = "case-updated";

    private Topics() {
    }
}
