package com.rcm.platform.api;

import java.util.List;

/** Ends a request with a problem+json answer of the given status. */
public class ApiProblemException extends RuntimeException {
    private final int status;
    private final String title;
    private final List<Problem.FieldError> errors;

    public ApiProblemException(int status, String title, String detail) {
        this(status, title, detail, List.of());
    }

    public ApiProblemException(int status, String title, String detail, List<Problem.FieldError> errors) {
        super(detail);
        this.status = status;
        this.title = title;
        this.errors = errors;
    }

    public static ApiProblemException notFound(String what, String id) {
        return new ApiProblemException(404, "Not Found", what + " " + id + " does not exist");
    }

    public static ApiProblemException badRequest(String field, String message) {
        return new ApiProblemException(
                400, "Bad Request", field + ": " + message, List.of(new Problem.FieldError(field, message)));
    }

    public Problem toProblem() {
        return new Problem("about:blank", title, status, getMessage(), errors);
    }
}
