package dk.sagsspor.events;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** One realistic instance of each event: the homelessness strategy, case 25-008999, at SU on 2025-12-11. */
final class Samples {
    static final String CASE = "25-008999";
    static final String TITLE = "Beslutning om hjemløsestrategi";
    static final String SHA = "3f4c2b1a9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d9c8b7a6f5e4d3c2b";
    static final String DOCUMENT = "doc-001";
    static final String MEETING = "su-2025-12-11";
    static final BodyRef SU = new BodyRef("su", "Socialudvalget", "2022-2025");
    static final BodyRef SU_FULL = new BodyRef("su", "Socialudvalget", "2022-2025", "SU", "STANDING_COMMITTEE");
    static final BodyRef UBU = new BodyRef("ubu", "Unge- og Beskæftigelsesudvalget", null);
    static final BodyRef DIR = new BodyRef("dir", "Direktionen", null);
    static final OffsetDateTime STARTS = OffsetDateTime.parse("2025-12-11T17:00:00+01:00");
    static final OffsetDateTime PUBLISHED = OffsetDateTime.parse("2025-12-12T09:15:30+01:00");
    static final List<String> ROUTE = List.of("dir", "bfu", "ubu", "su", "oeu", "kb");
    static final List<HistoryStepV1> HISTORY = List.of(
            new HistoryStepV1(LocalDate.of(2025, 11, 17), DIR, "Anbefales.", "RECOMMENDED", null),
            new HistoryStepV1(LocalDate.of(2025, 12, 9), UBU, "Anbefales.", "RECOMMENDED", List.of("Hans Munk")));
    static final List<String> ATTACHMENTS = List.of("Hjemløsestrategi 2026-2029.pdf");

    private Samples() {
    }

    static MeetingPublishedV1 meetingPublished() {
        MeetingItemV1 item = new MeetingItemV1(4, TITLE, null, CASE, "Anbefales.", "RECOMMENDED", List.of(),
                new SectionsV1("Kalundborg Kommune har udarbejdet en hjemløsestrategi.",
                        "Direktionen indstiller, at strategien anbefales godkendt.",
                        "Strategien sætter retning for indsatsen mod hjemløshed.",
                        "Ingen."),
                ROUTE, HISTORY, ATTACHMENTS);
        MeetingItemV1 procedural = new MeetingItemV1(1, "Godkendelse af dagsorden", null, null, "Godkendt.",
                "APPROVED", null, null, null, null, null);
        return new MeetingPublishedV1(EventIds.deterministic(EventTypes.MEETING_PUBLISHED_V1, SHA),
                MeetingPublishedV1.SCHEMA_VERSION, MEETING, 1, 1, null, DOCUMENT, SHA, SU_FULL, STARTS,
                "Mødelokale 1, Rådhuset", "FINAL", List.of("Anne Mette Olsen", "Hans Munk"), List.of(),
                List.of(new PersonRef("anne-mette-olsen", "Anne Mette Olsen"), new PersonRef("hans-munk", "Hans Munk")),
                List.of(), List.of(procedural, item), PUBLISHED);
    }

    static AgendaItemDecidedV1 agendaItemDecided() {
        return new AgendaItemDecidedV1(EventIds.deterministic(EventTypes.AGENDA_ITEM_DECIDED_V1, SHA, "4"),
                AgendaItemDecidedV1.SCHEMA_VERSION, new MeetingRef(MEETING, SU, LocalDate.of(2025, 12, 11)), 1, 1,
                DOCUMENT, 4, TITLE, CASE, "Anbefales.", "RECOMMENDED", List.of(), ROUTE, HISTORY, ATTACHMENTS,
                PUBLISHED);
    }

    static AgendaItemRetractedV1 agendaItemRetracted() {
        return new AgendaItemRetractedV1(EventIds.deterministic(EventTypes.AGENDA_ITEM_RETRACTED_V1, CASE, MEETING, "2"),
                AgendaItemRetractedV1.SCHEMA_VERSION, CASE, new MeetingRef(MEETING, SU, LocalDate.of(2025, 12, 11)), 2,
                DOCUMENT, AgendaItemRetractedV1.CORRECTED, PUBLISHED);
    }

    static MeetingWithdrawnV1 meetingWithdrawn() {
        return new MeetingWithdrawnV1(EventIds.deterministic(EventTypes.MEETING_WITHDRAWN_V1, MEETING, "3"),
                MeetingWithdrawnV1.SCHEMA_VERSION, new MeetingRef(MEETING, SU_FULL, LocalDate.of(2025, 12, 11)), 3,
                DOCUMENT, "Udgivet ved en fejl", PUBLISHED);
    }

    /** A case as GET /cases/{n} shows it, written by hand from the sample decision above. */
    static CaseUpdatedV2 caseUpdatedV2() {
        com.fasterxml.jackson.databind.JsonNode state = EventJson.tree("""
                {"caseNumber": "25-008999", "title": "Beslutning om hjemløsestrategi", "status": "IN_PROGRESS",
                 "plannedRoute": [{"id": "dir", "name": "Direktionen", "abbreviation": null},
                                  {"id": "su", "name": "Socialudvalget", "abbreviation": "SU"}],
                 "nextCommittee": null, "pending": [], "lastActivity": "2025-12-11",
                 "steps": [{"date": "2025-12-11", "committee": {"id": "su", "name": "Socialudvalget", "abbreviation": "SU"},
                            "decisionText": "Anbefales.", "outcome": "RECOMMENDED", "absentees": [],
                            "conflict": false, "unplanned": false,
                            "sources": [{"documentId": "doc-001", "meetingId": "su-2025-12-11", "itemNumber": 4,
                                         "kind": "AGENDA_ITEM", "decisionText": "Anbefales."}]}]}""");
        return new CaseUpdatedV2(EventIds.deterministic(Topics.CASE_UPDATED, CASE, "1"), CaseUpdatedV2.SCHEMA_VERSION,
                CASE, 1, false, state, PUBLISHED);
    }

    static CaseUpdatedV2 caseDeleted() {
        return new CaseUpdatedV2(EventIds.deterministic(Topics.CASE_UPDATED, CASE, "2"), CaseUpdatedV2.SCHEMA_VERSION,
                CASE, 2, true, null, PUBLISHED);
    }

    static CaseUpdatedV1 caseUpdated() {
        return new CaseUpdatedV1(EventIds.deterministic(EventTypes.CASE_UPDATED_V1, CASE, "2025-12-11", "su"),
                CaseUpdatedV1.SCHEMA_VERSION, CASE, TITLE, "IN_PROGRESS", "oeu", List.of("oeu", "kb"),
                new CaseUpdatedV1.ChangedStep(LocalDate.of(2025, 12, 11), SU, "Anbefales.", "RECOMMENDED", false),
                STARTS, PUBLISHED);
    }
}
