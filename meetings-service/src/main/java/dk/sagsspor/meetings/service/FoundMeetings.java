package dk.sagsspor.meetings.service;

import java.util.List;

/** One page of a meetings list and how many there are in all; the REST layer adds the links to other pages. */
public record FoundMeetings(List<Views.MeetingSummary> items, long total, int page, int size) {

    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }

    public boolean hasPrevious() {
        return page > 0;
    }
}
