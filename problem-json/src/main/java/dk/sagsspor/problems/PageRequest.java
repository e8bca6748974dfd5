package dk.sagsspor.problems;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The paging parameters of every list ({@code @BeanParam PageRequest paging}): one declaration, so every list takes
 * and documents them alike. The rule is {@link Paging}'s.
 */
public class PageRequest {

    public static final int DEFAULT_SIZE = 50;

    @QueryParam("page")
    @DefaultValue("0")
    @Parameter(description = "Which page, from 0")
    int page;

    @QueryParam("size")
    @DefaultValue("50")
    @Parameter(description = "Items per page, 1 to 500")
    int size;

    public PageRequest() {
    }

    public PageRequest(int page, int size) {
        this.page = page;
        this.size = size;
    }

    /** @throws ProblemException invalid-parameter when out of range ({@link Paging#check}) */
    public PageRequest checked() {
        Paging.check(page, size);
        return this;
    }

    public int page() {
        return page;
    }

    public int size() {
        return size;
    }
}
