package dk.sagsspor.web.rest;

import dk.sagsspor.web.service.ApiReader;
import dk.sagsspor.web.service.ServiceUrls;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The pages, rendered on the server so that they work without JavaScript; the script only adds live updates, by
 * fetching the fragments below again when the case stream says something changed.
 */
@Path("/")
@Produces(Pages.HTML)
public class Pages {

    static final String HTML = "text/html; charset=UTF-8";
    private static final int RECENT = 10;

    @Inject
    ApiReader api;

    @Inject
    ServiceUrls urls;

    @Inject
    Template forside;

    @Inject
    Template sag;

    @Inject
    Template soeg;

    @Inject
    Template udvalg;

    @Inject
    Template moede;

    @Inject
    Template drift;

    @Inject
    Template ikkeFundet;

    @GET
    public String home() {
        return page(forside).data("cases", api.recentCases(RECENT)).render();
    }

    /** The recent decisions alone, for the live update of the front page. */
    @GET
    @Path("seneste")
    public String recent() {
        return forside.getFragment("seneste").data("cases", api.recentCases(RECENT)).render();
    }

    @GET
    @Path("sager/{caseNumber}")
    public Response casePage(@PathParam("caseNumber") String caseNumber) {
        return found(api.caseTimeline(caseNumber), timeline -> page(sag).data("case", timeline),
                "Sag " + caseNumber + " findes ikke i Sagsspor.");
    }

    /** The route and steps alone, for the live update of the case page. */
    @GET
    @Path("sager/{caseNumber}/forloeb")
    public Response caseTimeline(@PathParam("caseNumber") String caseNumber) {
        return found(api.caseTimeline(caseNumber), timeline -> sag.getFragment("forloeb").data("case", timeline),
                "Sag " + caseNumber + " findes ikke i Sagsspor.");
    }

    @GET
    @Path("soeg")
    public String search(@QueryParam("q") String q) {
        String words = q == null ? "" : q.strip();
        return page(soeg).data("q", words).data("hits", words.isEmpty() ? List.of() : api.search(words)).render();
    }

    @GET
    @Path("udvalg/{id}")
    public Response committee(@PathParam("id") String id) {
        return found(api.committee(id), committee -> page(udvalg).data("page", committee),
                "Udvalget " + id + " findes ikke i Sagsspor.");
    }

    @GET
    @Path("moeder/{id}")
    public Response meeting(@PathParam("id") String id) {
        return found(api.meeting(id), meeting -> page(moede).data("meeting", meeting),
                "Mødet " + id + " findes ikke i Sagsspor, eller referatet er trukket tilbage.");
    }

    @GET
    @Path("drift")
    public String operations() {
        return page(drift).data("services", api.services()).render();
    }

    /** The services' figures alone, for the live update of the operators' page. */
    @GET
    @Path("drift/tal")
    public String operationsFigures() {
        return drift.getFragment("tal").data("services", api.services()).render();
    }

    private TemplateInstance page(Template template) {
        return template.data("casesUrl", urls.publicCases()).data("meetingsUrl", urls.publicMeetings());
    }

    private <T> Response found(Optional<T> found, Function<T, TemplateInstance> page,
                               String notFound) {
        return found.map(value -> Response.ok(page.apply(value).render()))
                .orElseGet(() -> Response.status(Response.Status.NOT_FOUND)
                        .entity(page(ikkeFundet).data("message", notFound).render()))
                .type(HTML).build();
    }
}
