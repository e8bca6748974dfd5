package dk.sagsspor.meetings.rest;

import dk.sagsspor.meetings.service.FoundMeetings;
import dk.sagsspor.meetings.service.Views;
import jakarta.ws.rs.core.UriInfo;

/** Turns a page of meetings into the API's page, linking its neighbours: the same request with another page. */
final class MeetingPages {

    private MeetingPages() {
    }

    static Views.MeetingPage of(FoundMeetings found, UriInfo uri) {
        return new Views.MeetingPage(found.items(), found.total(), found.page(), found.size(),
                found.hasNext() ? link(uri, found.page() + 1) : null,
                found.hasPrevious() ? link(uri, found.page() - 1) : null);
    }

    private static String link(UriInfo uri, int page) {
        return uri.getRequestUriBuilder().replaceQueryParam("page", page).build().toString();
    }
}
