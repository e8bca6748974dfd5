package dk.sagsspor.ingest.rest;

import dk.sagsspor.problems.Paging;
import dk.sagsspor.problems.Problem;
import dk.sagsspor.problems.ProblemException;
import dk.sagsspor.problems.ProblemType;
import dk.sagsspor.ingest.config.IngestConfig;
import dk.sagsspor.ingest.domain.Document;
import dk.sagsspor.ingest.domain.DocumentStatus;
import dk.sagsspor.ingest.repository.DocumentRepository;
import dk.sagsspor.ingest.rest.DocumentViews.DocumentDetail;
import dk.sagsspor.ingest.rest.DocumentViews.DocumentPage;
import dk.sagsspor.ingest.rest.DocumentViews.DocumentSummary;
import dk.sagsspor.ingest.rest.DocumentViews.IngestResponse;
import dk.sagsspor.ingest.service.DocumentIngestService;
import dk.sagsspor.ingest.service.IngestOutcome;
import dk.sagsspor.ingest.service.IngestRequest;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.nio.charset.Charset;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The documents API: thin; the service owns the transaction. */
@Path("/documents")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "documents", description = "Minutes documents received, kept and parsed")
public class DocumentResource {

    private static final Pattern FILENAME = Pattern.compile("filename\\*?=(?:UTF-8'')?\"?([^\";]+)\"?", Pattern.CASE_INSENSITIVE);

    private final DocumentIngestService ingest;
    private final DocumentRepository documents;
    private final IngestConfig config;

    DocumentResource(DocumentIngestService ingest, DocumentRepository documents, IngestConfig config) {
        this.ingest = ingest;
        this.documents = documents;
        this.config = config;
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Ingest one minutes document",
            description = "The body is the document itself: PDF, plain text or Markdown, in UTF-8 or Windows-1252 "
                    + "(declared with charset= or detected). The document is kept whatever happens to it.")
    @RequestBody(content = {@Content(mediaType = "application/pdf"), @Content(mediaType = "text/plain"),
            @Content(mediaType = "text/markdown")})
    @APIResponse(responseCode = "201", description = "New minutes, stored; its events are queued for Kafka",
            content = @Content(schema = @Schema(implementation = IngestResponse.class)))
    @APIResponse(responseCode = "200", description = "This exact content was ingested before; no new events",
            content = @Content(schema = @Schema(implementation = IngestResponse.class)))
    @APIResponse(responseCode = "413", description = "Larger than the configured limit (default 20 MB)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "Not PDF, text or Markdown, or a charset other than UTF-8/Windows-1252; the document is kept",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Not minutes; kept with status REJECTED and the reason",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response post(byte[] body, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                         @HeaderParam("Content-Disposition") String disposition, UriInfo uri) {
        byte[] content = body == null ? new byte[0] : body;
        long limit = config.maxDocumentSize().asLongValue();
        if (content.length > limit) {
            throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, String.format(Locale.ROOT,
                    "The document is %,d bytes; the limit is %,d bytes.", content.length, limit));
        }
        MediaTypes.Declared declared = MediaTypes.parse(contentType);
        String type = declared == null ? "application/octet-stream" : declared.type();
        if (declared == null || !MediaTypes.SUPPORTED.contains(type)) {
            String why = declared == null ? "The request has no Content-Type." : "Content-Type " + type + " is not read here.";
            unsupported(new IngestRequest(content, type, null, filename(disposition)),
                    why + " Send " + MediaTypes.SUPPORTED_TEXT + ".");
        }
        Charset charset;
        try {
            charset = declared.charset().orElse(null);
        } catch (IllegalArgumentException unknownCharset) {
            charset = null;
            unsupported(new IngestRequest(content, type, null, filename(disposition)), "The charset "
                    + unknownCharset.getMessage() + " is not read here. Send " + MediaTypes.SUPPORTED_CHARSETS_TEXT + ".");
        }
        IngestOutcome outcome = ingestOnce(new IngestRequest(content, type, charset, filename(disposition)));
        return switch (outcome.result()) {
            case CREATED -> Response.status(Response.Status.CREATED)
                    .location(uri.getBaseUriBuilder().path("documents").path(outcome.document().id.toString()).build())
                    .entity(response(outcome)).build();
            case DUPLICATE -> Response.ok(response(outcome)).build();
            case REJECTED -> throw rejected(outcome.document(),
                    new ProblemException(ProblemType.DOCUMENT_REJECTED, outcome.document().reason));
        };
    }

    @GET
    @Operation(summary = "The documents received, newest first")
    public DocumentPage list(@QueryParam("status") DocumentStatus status,
                             @QueryParam("page") @DefaultValue("0") int page,
                             @QueryParam("size") @DefaultValue("50") int size, UriInfo uri) {
        Paging.check(page, size);
        return new DocumentPage(documents.page(status, page, size).stream().map(DocumentSummary::of).toList(),
                page, size, documents.count(status));
    }

    @GET
    @Path("/{documentId}")
    @Operation(summary = "One received document: status, reason and parse result")
    @APIResponse(responseCode = "200", description = "The document", content = @Content(schema = @Schema(implementation = DocumentDetail.class)))
    @APIResponse(responseCode = "404", description = "No such document", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public DocumentDetail get(@PathParam("documentId") String documentId, UriInfo uri) {
        Document d = find(documentId);
        return new DocumentDetail(d.id.toString(), d.sha256, d.mediaType, d.filename, d.sizeBytes, d.status.name(),
                d.reason, d.kind, d.meetingId, d.meetingVersion, d.receivedAt,
                uri.getBaseUriBuilder().path("documents").path(d.id.toString()).path("content").build().toString(),
                d.parseResultTree());
    }

    @GET
    @Path("/{documentId}/content")
    @Produces(MediaType.WILDCARD)
    @Transactional
    @Operation(summary = "The document's raw bytes, exactly as received")
    public Response content(@PathParam("documentId") String documentId, UriInfo uri) {
        Document d = find(documentId);
        return Response.ok(d.content).type(d.mediaType).build();
    }

    private IngestOutcome ingestOnce(IngestRequest request) {
        try {
            return ingest.ingest(request);
        } catch (PersistenceException raced) {
            // The same document or meeting was stored by a concurrent request; the retry sees it.
            return ingest.ingest(request);
        }
    }

    private void unsupported(IngestRequest request, String detail) {
        Document kept = ingest.keepUnsupported(request, detail);
        throw rejected(kept, new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE, detail));
    }

    /** A refusal that still kept the document: the problem says where to find it. */
    private static ProblemException rejected(Document document, ProblemException problem) {
        return problem
                .with("documentId", document.id.toString())
                .with("sha256", document.sha256)
                .with("documentStatus", document.status.name());
    }

    private Document find(String documentId) {
        UUID id;
        try {
            id = UUID.fromString(documentId);
        } catch (IllegalArgumentException malformed) {
            throw ProblemException.invalidParameter(
                    "'" + documentId + "' is not a document id (a UUID such as 3f2b…).");
        }
        return documents.findByIdOptional(id).orElseThrow(() ->
                ProblemException.notFound("No document with id " + id + "."));
    }

    private static IngestResponse response(IngestOutcome outcome) {
        Document d = outcome.document();
        return new IngestResponse(d.id.toString(), d.sha256, d.kind, d.meetingId, d.meetingVersion, outcome.items(),
                outcome.eventsQueued());
    }

    private static String filename(String disposition) {
        if (disposition == null) {
            return null;
        }
        Matcher m = FILENAME.matcher(disposition);
        return m.find() ? m.group(1) : null;
    }
}
