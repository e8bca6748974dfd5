package dk.sagsspor.problems;

/** The paging rule every list of the services shares, and the problem that says when a request breaks it. */
public final class Paging {

    public static final int MAX_SIZE = 500;

    private Paging() {
    }

    /** @throws ProblemException invalid-parameter when page is negative or size outside 1..500 */
    public static void check(int page, int size) {
        if (page < 0 || size < 1 || size > MAX_SIZE) {
            throw ProblemException.invalidParameter("page must be 0 or more and size between 1 and " + MAX_SIZE
                    + "; got page=" + page + ", size=" + size + ".");
        }
    }
}
