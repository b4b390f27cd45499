package com.rcm.platform.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.rcm.platform.tenant.NoTenantException;
import io.quarkus.security.ForbiddenException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns every client error into problem+json that names what was wrong. */
public class ProblemMappers {

    @ServerExceptionMapper
    public Response apiProblem(ApiProblemException e) {
        return respond(e.toProblem());
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .collect(Collectors.toList());
        return respond(new Problem("about:blank", "Bad Request", 400, errors.size() + " field(s) are invalid", errors));
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e) {
        String field = e instanceof JsonMappingException mapping ? pathOf(mapping) : "";
        String message = e.getOriginalMessage();
        List<Problem.FieldError> errors = field.isEmpty() ? List.of() : List.of(new Problem.FieldError(field, message));
        return respond(new Problem(
                "about:blank", "Bad Request", 400, "the body is not valid JSON for this request: " + message, errors));
    }

    /** Quarkus maps this one itself to a bare 400; a value of the wrong shape is named like any bad JSON. */
    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException e) {
        return unreadableJson(e);
    }

    /**
     * Any other WebApplicationException: RESTEasy's own 404 (an unknown path or sub-resource), 405, 406
     * and 415 come without a body; each becomes problem+json. The JSON reader wraps some parse failures
     * (a body nested too deep, an array where an object belongs) in a bare 400 with no body; say what
     * was wrong.
     */
    @ServerExceptionMapper
    public Response wrappedJson(WebApplicationException e, UriInfo uri, Request request) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonProcessingException json) {
                return unreadableJson(json);
            }
        }
        Response response = e.getResponse();
        if (response.getStatus() == 400 && !response.hasEntity()) {
            return respond(Problem.of(
                    400,
                    "Bad Request",
                    "the body could not be read for this request"
                            + (e.getCause() != null ? ": " + e.getCause().getMessage() : "")));
        }
        if (response.getStatus() >= 400 && response.getStatus() < 500 && !response.hasEntity()) {
            return withHeaders(response, bare(response.getStatus(), uri, request));
        }
        return response;
    }

    /** A role outside the operation's @RolesAllowed; Quarkus would answer a bare 403. */
    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return respond(Problem.of(403, "Forbidden", "the caller's roles do not allow this operation"));
    }

    /**
     * The problem for a 4xx that carried no body (an unknown path or method, a type not accepted): the
     * status, its reason and the call it answers.
     */
    public static Problem bare(int status, String method, String path) {
        Response.Status.Family family = Response.Status.Family.familyOf(status);
        Response.StatusType type = Response.Status.fromStatusCode(status);
        String title = type != null ? type.getReasonPhrase() : family.name();
        String detail = switch (status) {
            case 404 -> "no resource answers " + method + " " + path;
            case 405 -> path + " does not take " + method;
            case 406 -> "this resource cannot answer in the media type asked for (Accept)";
            case 413 -> "the body of " + method + " " + path + " is larger than this endpoint takes";
            case 415 -> method + " " + path + " does not take a body of this Content-Type";
            default -> method + " " + path + " was refused";
        };
        return Problem.of(status, title, detail);
    }

    private static Problem bare(int status, UriInfo uri, Request request) {
        return bare(status, request.getMethod(), "/" + uri.getPath().replaceFirst("^/", ""));
    }

    /** Keeps what the bare answer said in its headers (Allow on a 405, for one). */
    private static Response withHeaders(Response bare, Problem problem) {
        Response.ResponseBuilder builder =
                Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem);
        bare.getHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("Content-Type") && !name.equalsIgnoreCase("Content-Length")) {
                values.forEach(v -> builder.header(name, v));
            }
        });
        return builder.build();
    }

    @ServerExceptionMapper
    public Response noTenant(NoTenantException e) {
        return respond(Problem.of(403, "Forbidden", e.getMessage()));
    }

    static Response respond(Problem problem) {
        return Response.status(problem.status())
                .type(Problem.MEDIA_TYPE)
                .entity(problem)
                .build();
    }

    /** Bean Validation paths look like {@code submit.body.patient.lastName}; callers know only the body. */
    private static String fieldOf(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        String[] parts = path.split("\\.", 3);
        return parts.length == 3 ? parts[2] : path;
    }

    private static String pathOf(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
