package dk.sagsspor.ingest.rest;

import dk.sagsspor.ingest.domain.Document;
import dk.sagsspor.ingest.domain.DocumentStatus;
import dk.sagsspor.ingest.rest.DocumentViews.BatchResponse;
import dk.sagsspor.ingest.rest.DocumentViews.DocumentDetail;
import dk.sagsspor.ingest.rest.DocumentViews.DocumentSummary;
import dk.sagsspor.ingest.rest.DocumentViews.IngestResponse;
import dk.sagsspor.ingest.service.DocumentIntake;
import dk.sagsspor.ingest.service.DocumentQueries;
import dk.sagsspor.ingest.service.DocumentWithdrawals;
import dk.sagsspor.ingest.service.DocumentQueries.DocumentsPage;
import dk.sagsspor.ingest.service.DocumentQueries.StoredContent;
import dk.sagsspor.ingest.service.IngestOutcome;
import dk.sagsspor.problems.Hrefs;
import dk.sagsspor.problems.ListPage;
import dk.sagsspor.problems.QueryParams;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.DELETE;
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
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The documents API. Thin: a POST goes to {@link DocumentIntake}, reads to {@link DocumentQueries}; refusals are the
 * problems they throw. Writes need a bearer token with the role {@value #WRITE}; who sent it (the token's subject) is
 * kept with the document. Reads are public unless {@code sagsspor.security.reads-require-role} is set (then they
 * need {@value #READ}; see application.properties).
 */
@Path("/documents")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "documents", description = "Minutes documents received, kept and parsed")
@SecurityScheme(securitySchemeName = DocumentResource.BEARER, type = SecuritySchemeType.HTTP, scheme = "bearer",
        bearerFormat = "JWT", description = "A JWT (RS256) from the identity provider this service trusts, with the "
        + "role in its groups claim: " + DocumentResource.WRITE + " to post and withdraw, " + DocumentResource.READ
        + " to read when reads are protected.")
public class DocumentResource {

    /** The role that may post and withdraw documents. */
    static final String WRITE = "documents:write";
    /** The role that may read documents when reads are protected. */
    static final String READ = "documents:read";
    static final String BEARER = "bearer";
    private static final String UNAUTHORIZED = "No bearer token, or one that is not valid (malformed, expired, "
            + "signed by another key, for another issuer or audience)";

    private static final String DOCUMENT_ID = "6c1d9f7e-0b7a-4a52-9a55-0d3f2f8f1e21";
    private static final String SHA256 = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    private static final String INGESTED = "{\"documentId\": \"" + DOCUMENT_ID + "\", \"sha256\": \"" + SHA256
            + "\", \"kind\": \"MINUTES\", \"meetingId\": \"su-2025-12-11\", \"meetingVersion\": 1, \"items\": 11, "
            + "\"eventsPublished\": 10}";

    /** The schema of a page of documents (see ListPage). */
    static final class DocumentPage extends ListPage<DocumentSummary> {
        private DocumentPage() {
            super(java.util.List.of(), 0, 0, 0, null);
        }
    }

    @Inject
    DocumentIntake intake;
    @Inject
    DocumentQueries queries;
    @Inject
    DocumentWithdrawals withdrawals;
    @Inject
    JsonWebToken token;

    @Inject
    Hrefs hrefs;

    @POST
    @RolesAllowed(WRITE)
    @SecurityRequirement(name = BEARER)
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "ingestDocument", summary = "Ingest one minutes document",
            description = "The body is the document itself: PDF, plain text or Markdown, in UTF-8 or Windows-1252 "
                    + "(declared with charset= or detected). The document is kept whatever happens to it, with the "
                    + "subject of the token as receivedBy. Needs a bearer token with the role " + WRITE + ".")
    @RequestBody(content = {@Content(mediaType = "application/pdf"), @Content(mediaType = "text/plain"),
            @Content(mediaType = "text/markdown")})
    @APIResponse(responseCode = "201", description = "New minutes, stored; its events are queued for Kafka",
            content = @Content(schema = @Schema(implementation = IngestResponse.class),
                    examples = @ExampleObject(name = "SU 11 December 2025", value = INGESTED)))
    @APIResponse(responseCode = "200", description = "This exact content was ingested before: no new events; or it "
            + "was withdrawn, and is now reinstated (its meeting version counts again)",
            content = @Content(schema = @Schema(implementation = IngestResponse.class),
                    examples = @ExampleObject(name = "SU 11 December 2025, again", value = INGESTED)))
    @APIResponse(responseCode = "413", description = "Larger than the configured limit (default 20 MB)")
    @APIResponse(responseCode = "415", description = "Not PDF, text or Markdown, or a charset other than UTF-8/Windows-1252; the document is kept")
    @APIResponse(responseCode = "422", description = "Not minutes; kept with status REJECTED and the reason")
    @APIResponse(responseCode = "401", description = UNAUTHORIZED)
    @APIResponse(responseCode = "403", description = "The token does not carry the role " + WRITE)
    public Response post(byte[] body, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                         @HeaderParam("Content-Disposition") String disposition, UriInfo uri) {
        IngestOutcome outcome = intake.receive(body, contentType, disposition, sender());
        IngestResponse answer = IngestResponse.of(outcome);
        return outcome.result() == IngestOutcome.Result.CREATED
                ? Response.created(documentUri(uri, answer.documentId()).build()).entity(answer).build()
                : Response.ok(answer).build();
    }

    @POST
    @Path("/batch")
    @RolesAllowed(WRITE)
    @SecurityRequirement(name = BEARER)
    @Consumes({MediaType.MULTIPART_FORM_DATA, "multipart/mixed"})
    @Operation(operationId = "ingestDocuments", summary = "Ingest several minutes documents in one request",
            description = "For a backfill: up to sagsspor.ingest.batch.max-documents documents (default 100), each a "
                    + "part of a multipart/form-data (or multipart/mixed) body with its own Content-Type and, in its "
                    + "Content-Disposition, its filename (curl -F document=@referat.txt;type=text/plain ...). Each "
                    + "part is taken as POST /documents takes one document: kept whatever happens to it, with the "
                    + "token's subject as receivedBy. The new ones are stored in the order sent, in one transaction per 25 documents. "
                    + "The answer lists every part with the status POST /documents would have given it and its "
                    + "document or problem: 201, 200, 413, 415 or 422, or 503 (every parser busy) and 500 (not "
                    + "stored), which kept nothing of that part: send those parts again. The body as a whole is "
                    + "under the document size limit. Needs a bearer token with the role " + WRITE + ".")
    @RequestBody(content = {@Content(mediaType = MediaType.MULTIPART_FORM_DATA), @Content(mediaType = "multipart/mixed")})
    @APIResponse(responseCode = "200", description = "Every part taken or refused, each with its own status",
            content = @Content(schema = @Schema(implementation = BatchResponse.class),
                    examples = @ExampleObject(name = "one new, one not minutes", value = "{\"documents\": ["
                            + "{\"index\": 0, \"status\": 201, \"document\": " + INGESTED + ", \"problem\": null}, "
                            + "{\"index\": 1, \"status\": 422, \"document\": null, \"problem\": {\"type\": "
                            + "\"https://sagsspor.dk/problems/document-rejected\", \"title\": \"Unprocessable Content\", "
                            + "\"status\": 422, \"detail\": \"Not minutes: found no agenda items\", \"instance\": "
                            + "\"/documents/batch\", \"documentId\": \"" + DOCUMENT_ID + "\", \"sha256\": \"" + SHA256
                            + "\", \"documentStatus\": \"REJECTED\"}}]}")))
    @APIResponse(responseCode = "400", description = "Not a well-formed multipart body (invalid-body: no boundary, "
            + "no closing delimiter), no document in it, or more than the most documents a batch may hold")
    @APIResponse(responseCode = "413", description = "The body is larger than the document size limit (default 20 MB)")
    @APIResponse(responseCode = "415", description = "Not multipart/form-data or multipart/mixed")
    @APIResponse(responseCode = "401", description = UNAUTHORIZED)
    @APIResponse(responseCode = "403", description = "The token does not carry the role " + WRITE)
    public BatchResponse postBatch(byte[] body, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                                   UriInfo uri) {
        return BatchResponse.of(intake.receiveBatch(body, contentType, sender()), uri.getPath());
    }

    @DELETE
    @RolesAllowed(WRITE)
    @SecurityRequirement(name = BEARER)
    @Path("/{documentId}")
    @Operation(operationId = "withdrawDocument", summary = "Withdraw a document",
            description = "For minutes posted by mistake or holding what must not be public. The document is kept, "
                    + "with status WITHDRAWN, when and why; the meeting version it carried no longer counts: an "
                    + "earlier version becomes current again, or, with none left, the meeting is withdrawn (410 Gone "
                    + "in meetings-service). Its cases lose what it said. Posting the same bytes again reinstates it. "
                    + "Withdrawing twice changes nothing. The subject of the token is kept as withdrawnBy. Needs a "
                    + "bearer token with the role " + WRITE + ".")
    @APIResponse(responseCode = "204", description = "Withdrawn")
    @APIResponse(responseCode = "400", description = "Not a document id")
    @APIResponse(responseCode = "401", description = UNAUTHORIZED)
    @APIResponse(responseCode = "403", description = "The token does not carry the role " + WRITE)
    @APIResponse(responseCode = "404", description = "No such document")
    public void withdraw(@PathParam("documentId") String documentId,
                         @Parameter(description = "Why, for the record", example = "Udgivet ved en fejl")
                         @QueryParam("reason") String reason) {
        withdrawals.withdraw(documentId, reason, sender());
    }

    @GET
    @Operation(operationId = "listDocuments", summary = "The documents received, newest first",
            description = "With modifiedSince: those received, withdrawn or reinstated at or after that time, oldest "
                    + "change first; a withdrawn one has \"deleted\": true.")
    @APIResponse(responseCode = "200", description = "A page of documents", content = @Content(
            schema = @Schema(implementation = DocumentPage.class),
            examples = @ExampleObject(name = "one document", value = "{\"items\": [{\"documentId\": \"" + DOCUMENT_ID
                    + "\", \"sha256\": \"" + SHA256 + "\", \"mediaType\": \"text/plain\", \"filename\": "
                    + "\"referat-su-2025-12-11.txt\", \"sizeBytes\": 48213, \"status\": \"ACCEPTED\", \"reason\": null, "
                    + "\"kind\": \"MINUTES\", \"meetingId\": \"su-2025-12-11\", \"meetingVersion\": 1, "
                    + "\"receivedAt\": \"2026-01-05T10:00:00Z\", \"modifiedAt\": \"2026-01-05T10:00:00Z\", "
                    + "\"deleted\": false}], \"page\": 0, \"size\": 50, \"total\": 1, \"links\": {"
                    + "\"self\": \"http://localhost:8080/documents\", \"first\": \"http://localhost:8080/documents?page=0\", "
                    + "\"prev\": null, \"next\": null, \"last\": \"http://localhost:8080/documents?page=0\"}}")))
    @APIResponse(responseCode = "400", description = "A filter or paging value is not valid")
    public RestResponse<ListPage<DocumentSummary>> list(@QueryParam("status") DocumentStatus status,
                             @Parameter(description = "Only documents changed at or after this time (incremental sync)")
                             @QueryParam("modifiedSince") String modifiedSince,
                             @QueryParam("page") @DefaultValue("0") int page,
                             @QueryParam("size") @DefaultValue("50") int size, UriInfo uri) {
        DocumentsPage found = queries.page(status, QueryParams.dateTime("modifiedSince", modifiedSince), page, size);
        return ListPage.of(found.items().stream().map(DocumentSummary::of).toList(), page, size, found.total(),
                hrefs.request(uri)).toResponse();
    }

    @GET
    @Path("/{documentId}")
    @Operation(operationId = "getDocument", summary = "One received document: status, reason and parse result")
    @APIResponse(responseCode = "200", description = "The document", content = @Content(
            schema = @Schema(implementation = DocumentDetail.class),
            examples = @ExampleObject(name = "a withdrawn document", value = "{\"documentId\": \"" + DOCUMENT_ID
                    + "\", \"sha256\": \"" + SHA256 + "\", \"mediaType\": \"text/plain\", \"filename\": "
                    + "\"referat-su-2025-12-11.txt\", \"sizeBytes\": 48213, \"status\": \"WITHDRAWN\", \"reason\": null, "
                    + "\"kind\": \"MINUTES\", \"meetingId\": \"su-2025-12-11\", \"meetingVersion\": 1, "
                    + "\"receivedAt\": \"2026-01-05T10:00:00Z\", \"modifiedAt\": \"2026-01-06T09:00:00Z\", "
                    + "\"withdrawnAt\": \"2026-01-06T09:00:00Z\", \"withdrawalReason\": \"Udgivet ved en fejl\", "
                    + "\"contentUrl\": \"http://localhost:8080/documents/" + DOCUMENT_ID + "/content\", "
                    + "\"parseResult\": {\"meeting\": {\"body\": \"Socialudvalget\"}}}")))
    @APIResponse(responseCode = "404", description = "No such document")
    public DocumentDetail get(@PathParam("documentId") String documentId, UriInfo uri) {
        Document document = queries.find(documentId);
        return DocumentDetail.of(document, documentUri(uri, document.id.toString()).path("content").build().toString());
    }

    @GET
    @Path("/{documentId}/content")
    @Produces(MediaType.WILDCARD)
    @Operation(operationId = "getDocumentContent", summary = "The document's raw bytes, exactly as received",
            description = "PDF, plain text and Markdown are served as what they are; any other type the document was "
                    + "kept as is served as application/octet-stream, as an attachment to download, so it never "
                    + "runs in a browser.")
    @APIResponse(responseCode = "200", description = "The bytes, with the media type they came as", content = @Content(
            mediaType = "text/plain", schema = @Schema(type = SchemaType.STRING),
            examples = @ExampleObject(name = "minutes as text", value = "Referat\nSocialudvalget\n11. december 2025")))
    @APIResponse(responseCode = "400", description = "Not a document id")
    @APIResponse(responseCode = "404", description = "No such document")
    public Response content(@PathParam("documentId") String documentId) {
        StoredContent content = queries.content(documentId);
        Response.ResponseBuilder answer = Response.ok(content.bytes()).type(content.servedType());
        if (!content.inline()) {
            answer.header("Content-Disposition", content.attachment());
        }
        return answer.build();
    }

    /** Who sends the request: the token's subject (sub), or its principal name (upn, preferred_username) without one. */
    private String sender() {
        return token.getSubject() != null ? token.getSubject() : token.getName();
    }

    private static UriBuilder documentUri(UriInfo uri, String documentId) {
        return uri.getBaseUriBuilder().path("documents").path(documentId);
    }
}
