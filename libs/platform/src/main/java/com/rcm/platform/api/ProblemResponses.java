package com.rcm.platform.api;

/**
 * What the error answers mean, for the {@code @APIResponse}s on every resource. Annotations take only
 * constants, so each operation names its own statuses (those its code can answer) and says here what
 * they mean; the body is always {@code @Content(mediaType = Problem.MEDIA_TYPE, schema =
 * @Schema(implementation = Problem.class))}, except a 401, which is Quarkus's bodiless challenge.
 */
public final class ProblemResponses {
    /** Every operation: Quarkus's bearer challenge, which carries no body. */
    public static final String UNAUTHORIZED = "No token, or one not issued by the realm for this service";
    /** Every operation behind @RolesAllowed. */
    public static final String FORBIDDEN = "A role outside the operation's list, or a tenant_id that is not a practice";
    /** Every /v1 call with a practice: TenantRateLimit. */
    public static final String TOO_MANY_REQUESTS =
            "The practice is over its request rate; Retry-After says when to retry";

    public static final String BAD_REQUEST = "A constraint broken, or a body or parameter that does not read";
    public static final String NOT_FOUND = "No such id in the caller's practice";
    public static final String CONFLICT = "The resource is not in a state that allows this";
    public static final String IDEMPOTENCY_CONFLICT = "The Idempotency-Key was used before with another body";
    public static final String CONTENT_TOO_LARGE = "The body is over the endpoint's limit";
    public static final String UNSUPPORTED_MEDIA_TYPE = "A Content-Type the operation does not take";
    public static final String UNPROCESSABLE = "Read, but it cannot be done; the detail (and errors) say why";
    public static final String BAD_GATEWAY = "The clearinghouse did not answer, or answered what cannot be read";

    private ProblemResponses() {}
}
