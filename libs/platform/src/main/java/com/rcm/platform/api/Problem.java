package com.rcm.platform.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem+json body; {@code errors} names each bad field. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "An RFC 9457 problem: every 4xx (and 5xx the service answers itself)")
public record Problem(
        @Schema(
                description = "A URI naming the kind of problem; about:blank when the status says it all",
                defaultValue = "about:blank")
        String type,

        @Schema(description = "The status's reason phrase", examples = "Conflict", required = true)
        String title,

        @Schema(description = "The HTTP status, repeated", examples = "409", required = true)
        int status,

        @Schema(description = "What was wrong with this request, in words")
        String detail,

        @Schema(description = "Each bad field; left out when none is to blame")
        List<FieldError> errors) {
    public static final String MEDIA_TYPE = "application/problem+json";

    @Schema(name = "ProblemFieldError", description = "One field the request got wrong")
    public record FieldError(
            @Schema(
                    description = "The field's path in the body (or the parameter's name)",
                    examples = "patient.lastName")
            String field,

            @Schema(description = "What is wrong with it") String message) {}

    public static Problem of(int status, String title, String detail) {
        return new Problem("about:blank", title, status, detail, List.of());
    }
}
