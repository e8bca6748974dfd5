package dk.sagsspor.problems;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.OutputStream;
import java.util.List;

/**
 * Bulk export as NDJSON ({@code application/x-ndjson}): one object per line, each the same JSON a plain return of it
 * gives. Read and written a batch at a time, each batch asked for after the last object of the one before (keyset
 * paging, one short read each), so neither the service nor a transaction holds the whole export.
 */
@ApplicationScoped
public class NdJson {

    public static final String MEDIA_TYPE = "application/x-ndjson";

    /** A batch after the last object written (null for the first); empty when there is no more. */
    public interface Batches<T> {
        List<T> after(T last);
    }

    @Inject
    ObjectMapper mapper;

    public <T> Response export(Batches<T> batches) {
        StreamingOutput lines = out -> write(batches, out);
        return Response.ok(lines, MEDIA_TYPE).header("Cache-Control", "no-store").build();
    }

    private <T> void write(Batches<T> batches, OutputStream out) throws java.io.IOException {
        T last = null;
        for (List<T> batch = batches.after(null); !batch.isEmpty(); batch = batches.after(last)) {
            for (T object : batch) {
                out.write(mapper.writeValueAsBytes(object));
                out.write('\n');
            }
            out.flush();
            last = batch.get(batch.size() - 1);
        }
    }
}
