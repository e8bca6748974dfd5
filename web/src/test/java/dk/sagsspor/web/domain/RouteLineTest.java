package dk.sagsspor.web.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RouteLineTest {

    private static final Committee DIR = new Committee("dir", "Direktionen", "DIR");
    private static final Committee BFU = new Committee("bfu", "Børn- og Familieudvalget", "BFU");
    private static final Committee SU = new Committee("su", "Socialudvalget", "SU");
    private static final Committee KB = new Committee("kb", "Kommunalbestyrelsen", "KB");
    private static final Committee FR = new Committee("fr", "Frivilligrådet", null);

    @Test
    void thePlannedRouteInItsOrderEachBodyTreatedOrPending() {
        List<RouteStop> line = RouteLine.of(List.of(DIR, BFU, SU, KB),
                List.of(step("2025-11-17", DIR), step("2025-12-03", BFU)));

        assertEquals(List.of(new RouteStop(DIR, RouteStop.State.TREATED), new RouteStop(BFU, RouteStop.State.TREATED),
                new RouteStop(SU, RouteStop.State.PENDING), new RouteStop(KB, RouteStop.State.PENDING)), line);
    }

    @Test
    void bodiesOutsideThePlanFollowInTheOrderTheyActed() {
        List<RouteStop> line = RouteLine.of(List.of(DIR, KB),
                List.of(step("2025-11-17", DIR), step("2025-11-20", FR), step("2025-11-25", SU), step("2025-12-01", FR)));

        assertEquals(List.of(new RouteStop(DIR, RouteStop.State.TREATED), new RouteStop(KB, RouteStop.State.PENDING),
                new RouteStop(FR, RouteStop.State.UNPLANNED), new RouteStop(SU, RouteStop.State.UNPLANNED)), line);
    }

    @Test
    void aCaseWithoutAPlanIsTheBodiesThatActed() {
        assertEquals(List.of(new RouteStop(SU, RouteStop.State.UNPLANNED)), RouteLine.of(List.of(), List.of(step("2026-01-05", SU))));
        assertEquals(List.of(), RouteLine.of(List.of(), List.of()));
    }

    private static Step step(String date, Committee committee) {
        return new Step(LocalDate.parse(date), committee, "Godkendt.", new Label("APPROVED", "Godkendt"), List.of(),
                false, false, List.of());
    }
}
