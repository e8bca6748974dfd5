package dk.sagsspor.problems;

import java.net.URI;

/**
 * Every kind of problem the services answer, each with its own {@code type} URI (RFC 9457 §3.1.1) so a client can
 * branch on the kind without reading the {@code detail}. The URIs identify; they need not resolve. Listed in each
 * service's OpenAPI document by {@link ProblemTypesInOpenApi}.
 */
public enum ProblemType {
    INVALID_PARAMETER(400, "Bad Request", "A path or query parameter does not parse or is out of range."),
    UNAUTHORIZED(401, "Unauthorized", "No bearer token, or one that is not valid: malformed, expired, signed by a key "
            + "the service does not trust, or issued by another issuer or for another audience. WWW-Authenticate says which."),
    FORBIDDEN(403, "Forbidden", "The bearer token is valid but does not carry the role the operation needs."),
    INVALID_BODY(400, "Bad Request", "The request body is not in the form the operation takes, e.g. a multipart body "
            + "without its closing delimiter."),
    NOT_FOUND(404, "Not Found", "No resource at this path or with this id."),
    METHOD_NOT_ALLOWED(405, "Method Not Allowed", "The resource exists but does not take this HTTP method."),
    NOT_ACCEPTABLE(406, "Not Acceptable", "The resource cannot answer in a media type the Accept header allows."),
    GONE(410, "Gone", "The resource existed and was withdrawn."),
    PAYLOAD_TOO_LARGE(413, "Content Too Large", "The request body is over the configured limit."),
    UNSUPPORTED_MEDIA_TYPE(415, "Unsupported Media Type", "The body is not of a type the service reads."),
    DOCUMENT_REJECTED(422, "Unprocessable Content", "The document was kept but is not minutes the parser can read."),
    UNAVAILABLE(503, "Service Unavailable", "The service cannot take the request now; try again later."),
    HTTP_ERROR(400, "HTTP Error", "Any other HTTP-level error; the status says which."),
    INTERNAL_ERROR(500, "Internal Server Error", "An unexpected failure; nothing was lost and the request can be repeated.");

    /** Where the type URIs live; one base so they stay stable across services. */
    public static final String BASE = "https://sagsspor.dk/problems/";

    private final int status;
    private final String title;
    private final String meaning;

    ProblemType(int status, String title, String meaning) {
        this.status = status;
        this.title = title;
        this.meaning = meaning;
    }

    public URI uri() {
        return URI.create(BASE + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    /** What the kind means, for the OpenAPI document. */
    public String meaning() {
        return meaning;
    }
}
