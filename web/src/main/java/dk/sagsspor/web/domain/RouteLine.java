package dk.sagsspor.web.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The line of bodies a case's page draws: the planned route in its order, each body treated or pending, then the
 * bodies that treated the case outside the plan, in the order they did.
 */
public final class RouteLine {

    private RouteLine() {
    }

    public static List<RouteStop> of(List<Committee> plannedRoute, List<Step> steps) {
        Map<String, RouteStop> line = new LinkedHashMap<>();
        for (Committee planned : plannedRoute) {
            boolean treated = steps.stream().anyMatch(step -> step.committee().id().equals(planned.id()));
            line.put(planned.id(), new RouteStop(planned, treated ? RouteStop.State.TREATED : RouteStop.State.PENDING));
        }
        for (Step step : steps) {
            line.putIfAbsent(step.committee().id(), new RouteStop(step.committee(), RouteStop.State.UNPLANNED));
        }
        return new ArrayList<>(line.values());
    }
}
