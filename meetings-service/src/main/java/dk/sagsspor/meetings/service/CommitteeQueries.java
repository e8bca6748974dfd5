package dk.sagsspor.meetings.service;

import dk.sagsspor.meetings.repository.BodyEntity;
import dk.sagsspor.meetings.repository.Repositories;
import dk.sagsspor.problems.ProblemException;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;

/** The bodies read model: the list, one body, and the one answer to "is there such a body". */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CommitteeQueries {

    @Inject
    Repositories.Bodies bodies;

    /** All bodies in one statement, by id. */
    public List<Views.Committee> committees(OffsetDateTime modifiedSince) {
        List<BodyEntity> list = modifiedSince == null ? bodies.listAll(Sort.by("id"))
                : bodies.list("modifiedAt >= ?1", Sort.by("id"), modifiedSince);
        return list.stream().map(CommitteeQueries::committee).toList();
    }

    /**
     * One body; the other read models ask here first, so that a list under an unknown body is a 404, not empty.
     *
     * @throws ProblemException not-found
     */
    public Views.Committee committee(String id) {
        return bodies.findByIdOptional(id).map(CommitteeQueries::committee).orElseThrow(() ->
                ProblemException.notFound("No body with id '" + id + "'. GET /committees lists them."));
    }

    private static Views.Committee committee(BodyEntity b) {
        return new Views.Committee(b.id, b.name, b.abbreviation, b.kind, b.modifiedAt);
    }
}
