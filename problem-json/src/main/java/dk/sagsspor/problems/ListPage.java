package dk.sagsspor.problems;

import jakarta.ws.rs.core.UriBuilder;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The one shape of every list the services answer: a page of items, where it is, how many there are in all, and
 * absolute links to itself and its neighbours (the same request with another {@code page}; {@code prev} and
 * {@code next} are null at the ends). The paging rule is {@link Paging}'s.
 *
 * <p>A class, not a record, for one reason: an OpenAPI annotation names its schema by a class, and a generic type
 * has none; so each list declares {@code static final class XPage extends ListPage<X>} for its
 * {@code @Schema(implementation = XPage.class)}, beside the example.
 */
public class ListPage<T> {

    public static final String TOTAL_COUNT = "X-Total-Count";
    public static final String LINK = "Link";

    @JsonProperty
    private final List<T> items;
    @JsonProperty
    private final int page;
    @JsonProperty
    private final int size;
    @JsonProperty
    private final long total;
    @JsonProperty
    @Schema(description = "Whether total is the exact number of items. False only for a search with more matches "
            + "than it serves: total is then that bound, and there are at least as many.")
    private final boolean totalExact;
    @JsonProperty
    private final Links links;

    /** For the schema classes (see above): an exact total. */
    protected ListPage(List<T> items, int page, int size, long total, Links links) {
        this(items, page, size, total, true, links);
    }

    protected ListPage(List<T> items, int page, int size, long total, boolean totalExact, Links links) {
        this.items = items;
        this.page = page;
        this.size = size;
        this.total = total;
        this.totalExact = totalExact;
        this.links = links;
    }

    public List<T> items() {
        return items;
    }

    public int page() {
        return page;
    }

    public int size() {
        return size;
    }

    public long total() {
        return total;
    }

    public boolean totalExact() {
        return totalExact;
    }

    public Links links() {
        return links;
    }

    /** Absolute URLs; {@code last} is the first page when there are no items. */
    @Schema(name = "PageLinks")
    public record Links(String self, String first, @Schema(nullable = true) String prev,
                        @Schema(nullable = true) String next, String last) {
    }

    /** @param self the request, absolute (see {@link Hrefs#request}) */
    public static <T> ListPage<T> of(Found<T> found, PageRequest paging, URI self) {
        return of(found.items(), paging.page(), paging.size(), found.total(), found.totalExact(), self);
    }

    /** @param self the request, absolute (see {@link Hrefs#request}) */
    public static <T> ListPage<T> of(List<T> items, int page, int size, long total, URI self) {
        return of(items, page, size, total, true, self);
    }

    /**
     * @param total      how many items there are, or at least, when not {@code totalExact}: then {@code last} is the
     *                   page of the last item counted
     * @param self       the request, absolute (see {@link Hrefs#request})
     */
    public static <T> ListPage<T> of(List<T> items, int page, int size, long total, boolean totalExact, URI self) {
        int last = total == 0 ? 0 : (int) Math.min(Integer.MAX_VALUE, (total - 1) / size);
        return new ListPage<>(items, page, size, total, totalExact, new Links(self.toString(), at(self, 0),
                page > 0 ? at(self, Math.min(page - 1, last)) : null,
                page < last ? at(self, page + 1) : null, at(self, last)));
    }

    /**
     * The page as a response, with the headers clients of the older bare-array lists read: {@code X-Total-Count}
     * and one {@code Link} header (RFC 8288) of the same links, comma-separated.
     */
    public RestResponse<ListPage<T>> toResponse() {
        return RestResponse.ResponseBuilder.ok(this).header(TOTAL_COUNT, total).header(LINK, linkHeader()).build();
    }

    /** The links as one {@code Link} header's value (RFC 8288), comma-separated, the ends left out. */
    public String linkHeader() {
        StringJoiner link = new StringJoiner(", ");
        Map.of("next", links.next() == null ? "" : links.next(), "prev", links.prev() == null ? "" : links.prev(),
                        "first", links.first(), "last", links.last()).entrySet().stream()
                .filter(rel -> !rel.getValue().isEmpty()).sorted(Map.Entry.comparingByKey())
                .forEach(rel -> link.add("<" + rel.getValue() + ">; rel=\"" + rel.getKey() + "\""));
        return link.toString();
    }

    private static String at(URI self, int page) {
        return UriBuilder.fromUri(self).replaceQueryParam("page", page).build().toString();
    }
}
