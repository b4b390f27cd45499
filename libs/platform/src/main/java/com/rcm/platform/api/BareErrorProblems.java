package com.rcm.platform.api;

import io.quarkus.security.AuthenticationException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.HttpException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The 4xx answers Vert.x gives before or around JAX-RS — a path no route serves, a body cut off at
 * the service's upload limit — as problem+json like every other refusal. Authentication failures are
 * left to Quarkus, which answers them with its own challenge (WWW-Authenticate).
 */
@ApplicationScoped
public class BareErrorProblems {

    void install(@Observes Router router) {
        router.errorHandler(404, ctx -> answer(ctx, 404));
        router.route().order(Integer.MIN_VALUE).failureHandler(ctx -> {
            Throwable failure = ctx.failure();
            int status = failure instanceof HttpException http ? http.getStatusCode() : ctx.statusCode();
            boolean authentication = failure instanceof AuthenticationException
                    || failure instanceof UnauthorizedException
                    || failure instanceof ForbiddenException;
            if (!authentication
                    && status >= 400
                    && status < 500
                    && !ctx.response().headWritten()) {
                answer(ctx, status);
            } else {
                ctx.next();
            }
        });
    }

    private static void answer(RoutingContext ctx, int status) {
        if (ctx.response().headWritten()) {
            return;
        }
        Problem problem = ProblemMappers.bare(
                status, ctx.request().method().name(), ctx.request().path());
        ctx.response()
                .setStatusCode(status)
                .putHeader("Content-Type", Problem.MEDIA_TYPE)
                .end(Json.encode(problem));
    }
}
