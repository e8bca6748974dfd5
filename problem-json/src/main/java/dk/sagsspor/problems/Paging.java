package dk.sagsspor.problems;

/** The paging rule every list of the services shares, and the problem that says when a request breaks it. */
public final class Paging {

    public static final int MAX_SIZE = 500;

    private Paging() {
    }

    /**
     * @throws ProblemException invalid-parameter when page is negative, size outside 1..500, or page × size (the
     *                          offset of the page's first row) past what an int holds: the database offset is one
     */
    public static void check(int page, int size) {
        if (page < 0 || size < 1 || size > MAX_SIZE) {
            throw ProblemException.invalidParameter("page must be 0 or more and size between 1 and " + MAX_SIZE
                    + "; got page=" + page + ", size=" + size + ".");
        }
        if ((long) page * size > Integer.MAX_VALUE) {
            throw ProblemException.invalidParameter("page × size must be at most " + Integer.MAX_VALUE
                    + " (no list is that long); got page=" + page + ", size=" + size + ".");
        }
    }
}
