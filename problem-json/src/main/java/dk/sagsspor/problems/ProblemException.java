package dk.sagsspor.problems;

/** A request the service refuses for a reason the client can fix; mapped to a problem+json response. */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;

    public ProblemException(Problem problem) {
        super(problem.detail());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
