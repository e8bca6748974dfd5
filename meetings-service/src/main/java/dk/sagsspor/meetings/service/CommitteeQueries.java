package dk.sagsspor.meetings.service;

import dk.sagsspor.meetings.repository.BodyEntity;
import dk.sagsspor.meetings.repository.Repositories;
import dk.sagsspor.problems.Found;
import dk.sagsspor.problems.Hrefs;
import dk.sagsspor.problems.ProblemException;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;

/** The bodies read model: the list, one body, and the one answer to "is there such a body". */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CommitteeQueries {

    @Inject
    Repositories.Bodies bodies;
    @Inject
    Hrefs hrefs;

    /** A page of bodies by id, in two statements (the page, the total). */
    public Found<Views.Committee> committees(OffsetDateTime modifiedSince, int page, int size) {
        PanacheQuery<BodyEntity> query = modifiedSince == null ? bodies.findAll(Sort.by("id"))
                : bodies.find("modifiedAt >= ?1", Sort.by("id"), modifiedSince);
        return new Found<>(query.page(Page.of(page, size)).list().stream().map(this::committee).toList(),
                query.count());
    }

    /**
     * One body; the other read models ask here first, so that a list under an unknown body is a 404, not empty.
     *
     * @throws ProblemException not-found
     */
    public Views.Committee committee(String id) {
        return bodies.findByIdOptional(id).map(this::committee).orElseThrow(() ->
                ProblemException.notFound("No body with id '" + id + "'. GET /committees lists them."));
    }

    private Views.Committee committee(BodyEntity b) {
        return new Views.Committee(b.id, b.name, b.abbreviation, b.kind, b.modifiedAt, hrefs.committee(b.id));
    }
}
