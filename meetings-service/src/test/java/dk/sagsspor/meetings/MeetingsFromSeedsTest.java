package dk.sagsspor.meetings;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.sagsspor.events.MeetingItemV1;
import dk.sagsspor.events.MeetingPublishedV1;
import dk.sagsspor.events.MeetingRef;
import dk.sagsspor.events.MeetingWithdrawnV1;
import dk.sagsspor.events.SectionsV1;
import dk.sagsspor.minutes.Seeds;
import dk.sagsspor.minutesevents.DocumentEvents;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The meeting-published events of seeds 000, 001, 002 and 004 through the real broker into the real database. */
@QuarkusTest
class MeetingsFromSeedsTest {

    private static final String KKR = "kkr-netvaerket-paa-udsatte-boerne-og-ungeomraadet";

    @Inject
    EntityManager em;

    @BeforeEach
    void seedsPublished() {
        PublishedSeeds.publishAfresh(em);
    }

    @Test
    void bodiesFromRoutesAndHistoriesExistWithAbbreviations() {
        given().when().get("/committees")
                .then().statusCode(200)
                .body("items.id", hasItems("bfu", "su", "dir", "ubu", "oeu", "kb", "kfu", "aesu", "hr", KKR))
                .body("items.find { it.id == 'oeu' }.abbreviation", equalTo("ØU"))
                .body("items.find { it.id == 'aesu' }.abbreviation", equalTo("ÆSU"))
                .body("items.find { it.id == 'kb' }.kind", equalTo("COUNCIL"))
                .body("items.find { it.id == 'hr' }.name", equalTo("Handicaprådet"))
                .body("items.find { it.id == 'su' }.href", equalTo("http://localhost:8081/committees/su"));
        given().when().get("/committees/" + KKR).then().statusCode(200)
                .body("name", equalTo("KKR-netværket på udsatte børne- og ungeområdet"));
    }

    @Test
    void socialudvalgetHasItsFiveMembersEachAtTwoMeetings() {
        given().when().get("/committees/su/members")
                .then().statusCode(200)
                .body("items", hasSize(5))
                .body("total", equalTo(5))
                .body("items.name", hasItems("Nikolaj Lykke Vad", "Mustapha Badr", "Gitte Johansen", "Gunver Jensen",
                        "Bodil Hellemann"))
                .body("items.meetingsAttended", everyItem(equalTo(2)))
                .body("items.meetingsAbsent", everyItem(equalTo(0)))
                .body("items.term", everyItem(equalTo("2022-2025")))
                .body("items.modifiedAt", everyItem(notNullValue()))
                .body("items.find { it.personId == 'nikolaj-lykke-vad' }.href",
                        equalTo("http://localhost:8081/persons/nikolaj-lykke-vad"));
        given().when().get("/committees/su/members?term=2026-2029").then().statusCode(200).body("items", hasSize(0));
        // One person across bodies: Nikolaj Lykke Vad sits in BFU and SU.
        given().when().get("/persons/nikolaj-lykke-vad")
                .then().statusCode(200)
                .body("memberships.committee.id", hasItems("bfu", "su"))
                .body("modifiedAt", notNullValue());
        // Absent at another body's step (Afbud under a history step) makes a member who was absent.
        given().when().get("/committees/ubu/members")
                .then().body("items.find { it.name == 'Hans Munk' }.meetingsAbsent", equalTo(1));
    }

    @Test
    void meetingsNewestFirstWithTheirAgendas() {
        given().when().get("/meetings?committee=su")
                .then().statusCode(200)
                .body("items.id", equalTo(List.of("su-2025-12-11", "su-2025-08-07")))
                .body("total", equalTo(2))
                .body("items[0].startsAt", equalTo("2025-12-11T17:00:00+01:00"));
        given().when().get("/meetings/bfu-2025-12-03")
                .then().statusCode(200)
                .body("items", hasSize(13))
                .body("items.number", equalTo(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13)))
                .body("items[1].caseNumber", equalTo("25-008999"))
                .body("items[1].outcome", equalTo("RECOMMENDED"))
                .body("committee.abbreviation", equalTo("BFU"))
                .body("attendees", hasSize(7));
        given().when().get("/meetings?committee=" + KKR)
                .then().body("items[0].status", equalTo("DRAFT"));
        given().when().get("/meetings?size=1")
                .then().body("items", hasSize(1)).body("total", equalTo(4))
                .body("links.next", equalTo("http://localhost:8081/meetings?size=1&page=1"))
                .body("links.prev", equalTo(null))
                .body("links.last", equalTo("http://localhost:8081/meetings?size=1&page=3"));
        given().when().get("/meetings?from=2025-12-01&to=2025-12-31")
                .then().body("items.id", equalTo(List.of("su-2025-12-11", "bfu-2025-12-03"))).body("total", equalTo(2));
        // Copenhagen days: 2025-12-03 16:00+01:00 is on the 3rd, so a range starting the 4th leaves it out.
        given().when().get("/meetings?from=2025-12-04&size=1")
                .then().body("items.id", equalTo(List.of("su-2025-12-11"))).body("total", equalTo(1));
    }

    @Test
    void aWithdrawnMeetingIsGoneFromEveryListAndSearchButSyncHearsOfIt() {
        OffsetDateTime before = OffsetDateTime.now().minusSeconds(1);
        MeetingPublishedV1 su = DocumentEvents.meetingOf(Seeds.bytes("001"), 1);
        MeetingWithdrawnV1 withdrawn = new MeetingWithdrawnV1("withdrawn-" + su.eventId(),
                MeetingWithdrawnV1.SCHEMA_VERSION, new MeetingRef(su.meetingId(), su.body(), su.startsAt().toLocalDate()),
                2, su.documentId(), "Udgivet ved en fejl", OffsetDateTime.now());
        PublishedSeeds.withdrawAndWait(em, withdrawn, PublishedSeeds.SEEDS.size() + 1);

        given().when().get("/meetings/su-2025-12-11").then().statusCode(410)
                .contentType("application/problem+json").body("type", equalTo("https://sagsspor.dk/problems/gone"));
        given().when().get("/meetings?committee=su").then().body("items.id", not(hasItem("su-2025-12-11")));
        given().when().get("/search?q=hjemløs").then().statusCode(200)
                .body("items.meetingId", not(hasItem("su-2025-12-11")));
        given().when().queryParam("modifiedSince", before.toString()).get("/meetings")
                .then().body("items.find { it.id == 'su-2025-12-11' }.deleted", equalTo(true));

        // An older revision arriving late changes nothing; a newer one brings the meeting back.
        PublishedSeeds.publishAndWait(em, List.of(su), PublishedSeeds.SEEDS.size() + 1);
        given().when().get("/meetings/su-2025-12-11").then().statusCode(410);
        MeetingPublishedV1 reinstated = DocumentEvents.meetingOf(Seeds.bytes("001"), 1, 3);
        PublishedSeeds.publishAndWait(em, List.of(reinstated), PublishedSeeds.SEEDS.size() + 2);
        given().when().get("/meetings/su-2025-12-11").then().statusCode(200).body("items", hasSize(11));
    }

    @Test
    void danishSearchFindsCompoundsRankedWithSnippets() {
        given().when().get("/search?q=hjemløs")
                .then().statusCode(200)
                .body("items.caseNumber", hasItem("25-008999"))
                .body("items[0].snippet", containsString("«"));
        given().when().get("/search?q=rusmidler")
                .then().statusCode(200)
                .body("items.caseNumber", hasItem("25-006083"));
        given().when().get("/search").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void theSameMinutesTwiceOrAsANewerVersionLeaveOneMeeting() {
        MeetingPublishedV1 again = DocumentEvents.meetingOf(Seeds.bytes("001"), 1);
        MeetingPublishedV1 version2 = DocumentEvents.meetingOf(Seeds.bytes("001"), 2);
        PublishedSeeds.publishAndWait(em, List.of(again, version2), 5);

        given().when().get("/meetings?committee=su").then().body("total", equalTo(2));
        given().when().get("/meetings/su-2025-12-11").then().body("version", equalTo(2)).body("items", hasSize(11));
        given().when().get("/committees/su/members").then().body("items.meetingsAttended", everyItem(equalTo(2)));

        // The older version arriving after the newer changes nothing.
        MeetingPublishedV1 lateOld = new MeetingPublishedV1(again.eventId() + "-late", 1, again.meetingId(), 1, 1, null,
                again.documentId(), again.documentSha256(), again.body(), again.startsAt(), again.location(),
                again.status(), again.attendees(), again.absentees(), again.attendeePersons(), again.absenteePersons(),
                again.items(), again.publishedAt());
        PublishedSeeds.publishAndWait(em, List.of(lateOld), 6);
        given().when().get("/meetings/su-2025-12-11").then().body("version", equalTo(2));
    }

    /**
     * A poll's events are applied together at the end of its transaction, each against what the ones before it left:
     * an older revision after a newer one in the same batch changes nothing, and the last applicable one decides the
     * meeting, its agenda and its attendance.
     */
    @Test
    void versionsOfOneMeetingInOneBatchEndAsIfAppliedOneByOne() {
        MeetingPublishedV1 su = DocumentEvents.meetingOf(Seeds.bytes("001"), 1);
        String member = su.attendees().get(0);
        String attended = "items.find { it.name == '" + member + "' }.meetingsAttended";
        given().when().get("/committees/su/members").then().body(attended, equalTo(2));

        // Version 2 without the member, then version 1 arriving late: version 2 stands, and its attendance.
        MeetingPublishedV1 without = version(su, 2, 2, true);
        PublishedSeeds.sendAndWait(em, List.of(without, version(su, 1, 1, false)), PublishedSeeds.SEEDS.size() + 2);
        given().when().get("/meetings/su-2025-12-11").then().statusCode(200).body("version", equalTo(2))
                .body("items", hasSize(11)).body("attendees", not(hasItem(member)));
        given().when().get("/committees/su/members").then().body(attended, equalTo(1));

        // Withdrawn, then published again at a newer revision, in one batch: back, with its full attendance.
        PublishedSeeds.sendAndWait(em, List.of(withdrawal(su, 3), version(su, 3, 4, false)),
                PublishedSeeds.SEEDS.size() + 4);
        given().when().get("/meetings/su-2025-12-11").then().statusCode(200).body("version", equalTo(3))
                .body("items", hasSize(11));
        given().when().get("/committees/su/members").then().body(attended, equalTo(2));

        // Published, then withdrawn, in one batch: gone, and no attendance of it stands.
        PublishedSeeds.sendAndWait(em, List.of(version(su, 4, 5, false), withdrawal(su, 6)),
                PublishedSeeds.SEEDS.size() + 6);
        given().when().get("/meetings/su-2025-12-11").then().statusCode(410);
        given().when().get("/committees/su/members").then().body(attended, equalTo(1));
        given().when().get("/search?q=hjemløs").then().body("items.meetingId", not(hasItem("su-2025-12-11")));
    }

    /** The meeting as another version of its minutes at a revision; optionally without its first attendee. */
    private static MeetingPublishedV1 version(MeetingPublishedV1 e, int version, int revision, boolean dropFirst) {
        int from = dropFirst ? 1 : 0;
        return new MeetingPublishedV1(e.eventId() + "-v" + version + "-r" + revision, e.schemaVersion(),
                e.meetingId(), version, revision, null, e.documentId() + "-v" + version, e.documentSha256(), e.body(),
                e.startsAt(), e.location(), e.status(), e.attendees().subList(from, e.attendees().size()),
                e.absentees(), e.attendeePersons().subList(Math.min(from, e.attendeePersons().size()),
                e.attendeePersons().size()), e.absenteePersons(), e.items(), e.publishedAt());
    }

    private static MeetingWithdrawnV1 withdrawal(MeetingPublishedV1 su, int revision) {
        return new MeetingWithdrawnV1("withdrawn-" + su.eventId() + "-r" + revision, MeetingWithdrawnV1.SCHEMA_VERSION,
                new MeetingRef(su.meetingId(), su.body(), su.startsAt().toLocalDate()), revision, su.documentId(),
                "Udgivet ved en fejl", OffsetDateTime.now());
    }

    @Test
    void namesOverTheirIdColumnsAreStoredUnderShortenedIds() {
        String committee = "Det midlertidige udvalg for " + "meget lange navne ".repeat(16);
        String member = "Nikolaj " + "Lykke ".repeat(50) + "Vad";
        String minutes = new String(Seeds.bytes("001"), java.nio.charset.StandardCharsets.UTF_8)
                .replace("Socialudvalget", committee.strip()).replace("Nikolaj Lykke Vad", member);
        MeetingPublishedV1 meeting = DocumentEvents.meetingOf(minutes.getBytes(java.nio.charset.StandardCharsets.UTF_8), 1);
        assertTrue(meeting.body().id().length() <= 69, meeting.body().id());
        PublishedSeeds.publishAndWait(em, List.of(meeting), PublishedSeeds.SEEDS.size() + 1);

        given().when().get("/meetings/" + meeting.meetingId()).then().statusCode(200).body("items", hasSize(11));
        given().when().get("/committees/" + meeting.body().id()).then().statusCode(200)
                .body("name", equalTo(committee.strip()));
        String personId = given().when().get("/committees/" + meeting.body().id() + "/members")
                .then().statusCode(200).extract().path("items.find { it.name.startsWith('Nikolaj') }.personId");
        assertEquals(69, personId.length(), personId);
        given().when().get("/persons/" + personId).then().statusCode(200).body("name", equalTo(member));
    }

    @Test
    void incrementalSyncAndCalendar() {
        given().when().get("/meetings?modifiedSince=2999-01-01T00:00:00Z").then().body("total", equalTo(0));
        given().when().get("/committees/su/members?modifiedSince=2999-01-01T00:00:00Z").then().body("items", hasSize(0));
        given().when().get("/committees/su/members?modifiedSince=2000-01-01T00:00:00Z").then().body("items", hasSize(5));
        given().when().get("/committees?modifiedSince=2000-01-01T00:00:00Z").then().body("items.id", hasItem("su"));
        given().when().get("/meetings?modifiedSince=yesterday")
                .then().statusCode(400).body("detail", startsWith("modifiedSince must be an ISO-8601 date-time"));
        String ics = given().when().get("/committees/su/meetings.ics")
                .then().statusCode(200).contentType(containsString("text/calendar")).extract().asString();
        assertTrue(ics.startsWith("BEGIN:VCALENDAR\r\n"), ics);
        assertEquals(2, ics.split("BEGIN:VEVENT", -1).length - 1);
        assertTrue(ics.contains("DTSTART:20251211T160000Z"), ics);
    }

    @Test
    void errorsAreProblems() {
        given().when().get("/committees/xyz").then().statusCode(404).contentType("application/problem+json")
                .body("detail", startsWith("No body with id 'xyz'"));
        given().when().get("/meetings/su-1999-01-01").then().statusCode(404).contentType("application/problem+json");
        given().when().get("/persons/nobody").then().statusCode(404);
        given().when().get("/meetings?from=11-12-2025").then().statusCode(400)
                .body("detail", equalTo("from must be a date like 2025-12-11; got '11-12-2025'."));
        given().when().get("/committees/su/members?term=2025").then().statusCode(400);
    }

    @Test
    void theOpenApiDocumentIsValid() {
        String document = given().when().get("/q/openapi?format=json").then().statusCode(200).extract().asString();
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(document);
        assertEquals(List.of(), parsed.getMessages(), "OpenAPI parser messages");
        assertTrue(parsed.getOpenAPI().getInfo().getDescription().contains("modifiedSince"));
        parsed.getOpenAPI().getPaths().forEach((path, item) -> item.readOperations().forEach(operation ->
                assertTrue(operation.getResponses().keySet().stream().anyMatch(code -> code.startsWith("4")),
                        path + " documents its error responses")));
    }

    /**
     * Every agenda item is served as meeting-published said it: the items go in through one statement per meeting
     * (AgendaItems.insertAll), every column from the event's JSON.
     */
    @Test
    void everyItemOfEverySeedReadsBackAsTheEventSaidIt() {
        int compared = 0;
        for (String seed : PublishedSeeds.SEEDS) {
            MeetingPublishedV1 meeting = DocumentEvents.meetingOf(Seeds.bytes(seed), 1);
            for (MeetingItemV1 item : meeting.items()) {
                JsonPath served = given().when().get("/meetings/" + meeting.meetingId() + "/items/" + item.number())
                        .then().statusCode(200).extract().jsonPath();
                String where = meeting.meetingId() + " item " + item.number();
                assertEquals(item.title(), served.getString("title"), where);
                assertEquals(item.timeSlot(), served.getString("timeSlot"), where);
                assertEquals(item.caseNumber(), served.getString("caseNumber"), where);
                assertEquals(item.decisionText(), served.getString("decisionText"), where);
                assertEquals(item.outcome(), served.getString("outcome"), where);
                assertEquals(item.absentees(), served.getList("absentees.name", String.class), where);
                assertEquals(item.plannedRoute(), served.getList("plannedRoute", String.class), where);
                assertEquals(item.attachments(), served.getList("attachments", String.class), where);
                SectionsV1 sections = item.sections() == null ? new SectionsV1(null, null, null, null) : item.sections();
                assertEquals(sections.resume(), served.getString("sections.resume"), where);
                assertEquals(sections.indstillinger(), served.getString("sections.indstillinger"), where);
                assertEquals(sections.sagsfremstilling(), served.getString("sections.sagsfremstilling"), where);
                assertEquals(sections.oekonomiskeKonsekvenser(), served.getString("sections.oekonomiskeKonsekvenser"),
                        where);
                compared++;
            }
        }
        assertTrue(compared >= 30, "the seeds' meetings have dozens of items, compared " + compared);
    }
}
