package com.rcm.coding.api;

import com.rcm.coding.codeset.CodeSetFormatException;
import com.rcm.coding.codeset.NoReadableRowException;
import com.rcm.coding.review.EditsStillFailingException;
import com.rcm.platform.api.Problem;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Coding's own refusals as problem+json: what still fails on an approval, and where an imported file is wrong. */
public class CodingProblemMappers {

    @ServerExceptionMapper
    public Response editsStillFailing(EditsStillFailingException e) {
        List<Problem.FieldError> errors = e.findings().stream()
                .map(f -> new Problem.FieldError(f.field(), f.editId() + ": " + f.message()))
                .toList();
        return respond(new Problem("about:blank", "Edits still failing", 422, e.getMessage(), errors));
    }

    @ServerExceptionMapper
    public Response badFile(CodeSetFormatException e) {
        return respond(new Problem(
                "about:blank",
                "Bad Request",
                400,
                "the file does not follow its layout: " + e.getMessage(),
                List.of()));
    }

    /** A file in which no line is a row would load nothing and answer 200; say so, and where it went wrong. */
    @ServerExceptionMapper
    public Response noReadableRow(NoReadableRowException e) {
        return respond(new Problem("about:blank", "No readable row", 422, e.getMessage(), List.of()));
    }

    private static Response respond(Problem problem) {
        return Response.status(problem.status())
                .type(Problem.MEDIA_TYPE)
                .entity(problem)
                .build();
    }
}
