package dk.sagsspor.ingest.rest;

/** A request the service refuses for a reason the client can fix; mapped to a problem+json response. */
public class DocumentProblemException extends RuntimeException {

    private final transient Problem problem;

    public DocumentProblemException(Problem problem) {
        super(problem.detail());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
