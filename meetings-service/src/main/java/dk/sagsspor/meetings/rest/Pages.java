package dk.sagsspor.meetings.rest;

import dk.sagsspor.meetings.service.Views;
import dk.sagsspor.problems.ListPage;
import java.util.List;

/** The schemas of the meetings API's lists, one a list (see ListPage: a generic type has no class to name). */
final class Pages {

    private Pages() {
    }

    static final class CommitteePage extends ListPage<Views.Committee> {
        private CommitteePage() {
            super(List.of(), 0, 0, 0, null);
        }
    }

    static final class MeetingPage extends ListPage<Views.MeetingSummary> {
        private MeetingPage() {
            super(List.of(), 0, 0, 0, null);
        }
    }

    static final class MemberPage extends ListPage<Views.Member> {
        private MemberPage() {
            super(List.of(), 0, 0, 0, null);
        }
    }

    static final class PersonPage extends ListPage<Views.PersonSummary> {
        private PersonPage() {
            super(List.of(), 0, 0, 0, null);
        }
    }

    static final class SearchHitPage extends ListPage<Views.SearchHit> {
        private SearchHitPage() {
            super(List.of(), 0, 0, 0, null);
        }
    }
}
