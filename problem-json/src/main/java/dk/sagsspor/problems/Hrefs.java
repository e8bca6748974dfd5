package dk.sagsspor.problems;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import dk.sagsspor.municipal.People;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The one place the APIs' absolute links are made, across the three services, from {@link PublicBaseUrls}: a client
 * follows an href and never builds a URL from an id (or copies the person-id slug rule).
 */
@ApplicationScoped
public class Hrefs {

    @Inject
    PublicBaseUrls bases;

    public String document(String documentId) {
        return on(bases.ingest(), "documents", documentId);
    }

    public String meeting(String meetingId) {
        return on(bases.meetings(), "meetings", meetingId);
    }

    public String item(String meetingId, int number) {
        return on(bases.meetings(), "meetings", meetingId, "items", String.valueOf(number));
    }

    public String committee(String committeeId) {
        return on(bases.meetings(), "committees", committeeId);
    }

    public String person(String personId) {
        return on(bases.meetings(), "persons", personId);
    }

    public String caseOf(String caseNumber) {
        return on(bases.cases(), "cases", caseNumber);
    }

    /** The base URLs every href is written on, as one text: an answer stored with other ones must be written again. */
    public String bases() {
        return bases.ingest() + " " + bases.meetings() + " " + bases.cases();
    }

    public ApiLinks.PersonLink personNamed(String name) {
        String personId = People.idOf(name);
        return new ApiLinks.PersonLink(personId, name, person(personId));
    }

    public List<ApiLinks.PersonLink> personsNamed(List<String> names) {
        return names == null ? List.of() : names.stream().map(this::personNamed).toList();
    }

    public ApiLinks.MeetingLink meetingLink(String meetingId, OffsetDateTime startsAt) {
        return new ApiLinks.MeetingLink(meetingId, startsAt, meeting(meetingId));
    }

    public ApiLinks.ItemLink itemLink(String meetingId, int number) {
        return new ApiLinks.ItemLink(meetingId, number, item(meetingId, number));
    }

    public ApiLinks.DocumentLink documentLink(String documentId) {
        return new ApiLinks.DocumentLink(documentId, document(documentId));
    }

    /** Null for no case number (a procedural item). */
    public ApiLinks.CaseLink caseLink(String caseNumber) {
        return caseNumber == null ? null : new ApiLinks.CaseLink(caseNumber, caseOf(caseNumber));
    }

    /** The list's page as the one list shape, with its links on this request. */
    public <T> RestResponse<ListPage<T>> page(Found<T> found, PageRequest paging, UriInfo uri) {
        return ListPage.of(found, paging, request(uri)).toResponse();
    }

    /** This request (path and query) on the running service's public base URL. */
    public URI request(UriInfo uri) {
        String self = switch (bases.self()) {
            case "ingest" -> bases.ingest();
            case "meetings" -> bases.meetings();
            case "cases" -> bases.cases();
            default -> throw new IllegalStateException("sagsspor.public-base-url.self must be ingest, meetings or "
                    + "cases; got '" + bases.self() + "'");
        };
        URI relative = uri.getBaseUri().relativize(uri.getRequestUri());
        return URI.create(self + "/").resolve(relative);
    }

    /**
     * The base URL with the segments appended, each encoded as a path segment. Ids are nearly always plain (letters,
     * digits, '-', '.', '_', '~': nothing to encode), and those are appended as they are; anything else goes through
     * {@link UriBuilder}, which encodes it. A case answer names some twenty meetings, items and documents, and building
     * each href with UriBuilder (parsing the base, matching templates) took a quarter of the CPU of reading a case.
     */
    static String on(String base, String... segments) {
        StringBuilder href = new StringBuilder(base.length() + 16 * segments.length);
        href.append(base, 0, base.endsWith("/") ? base.length() - 1 : base.length());
        for (String segment : segments) {
            if (!plain(segment)) {
                return UriBuilder.fromUri(base).segment(segments).build().toString();
            }
            href.append('/').append(segment);
        }
        return href.toString();
    }

    /** Only RFC 3986's unreserved characters, which a path segment carries as they are; and not empty. */
    private static boolean plain(String segment) {
        if (segment.isEmpty()) {
            return false;
        }
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            boolean unreserved = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                    || c == '-' || c == '.' || c == '_' || c == '~';
            if (!unreserved) {
                return false;
            }
        }
        return true;
    }
}
