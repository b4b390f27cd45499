package com.rcm.clearinghouse.api;

import com.rcm.clearinghouse.persistence.RemittanceStore;
import com.rcm.clearinghouse.persistence.SubmissionStore;
import com.rcm.clearinghouse.service.SubmissionIntake;
import com.rcm.x12.InvalidX12Exception;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

@Path("/v1/submissions")
@Produces(MediaType.APPLICATION_JSON)
public class SubmissionResource {
    private final SubmissionIntake intake;
    private final SubmissionStore store;
    private final RemittanceStore remittances;

    public SubmissionResource(SubmissionIntake intake, SubmissionStore store, RemittanceStore remittances) {
        this.intake = intake;
        this.store = store;
        this.remittances = remittances;
    }

    /** The 999 and 277CA answer the interchange at once, as a clearinghouse's front end does. */
    public record Receipt(
            String submissionId, String status, int claims, int claimsAccepted, String ack999, String ack277ca) {}

    /**
     * A submission and the 835s it is answered with, one per payer (and one per supplemental payer a
     * claim crossed over to); {@code deliveredAt} is when the last of them went out, null while one is
     * still owed or when none is (rejected claims, a void, a claim decided before).
     */
    public record SubmissionView(
            String id, Instant receivedAt, Instant deliveredAt, List<RemittanceView> remittances) {}

    /** One payer's 835 ({@code x12}) and its delivery to payments-service. */
    public record RemittanceView(
            String payerId, Instant deliverAfter, Instant deliveredAt, int attempts, String lastError, String x12) {}

    public record Rejection(String title, int status, List<String> errors) {}

    @POST
    @Consumes({"application/edi-x12", MediaType.TEXT_PLAIN})
    @APIResponse(
            responseCode = "202",
            description = "The receipt: 999, 277CA and each claim's outcome",
            content =
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Receipt.class)))
    @APIResponse(
            responseCode = "400",
            description = "The interchange cannot be read",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(implementation = Rejection.class)))
    @APIResponse(responseCode = "415", description = "A Content-Type other than application/edi-x12 or text/plain")
    public Response submit(String interchange) throws SQLException {
        SubmissionIntake.Taken taken = intake.take(interchange);
        return Response.accepted(new Receipt(
                        taken.submissionId(),
                        taken.rejected() ? "REJECTED" : "ACCEPTED",
                        taken.claims(),
                        taken.accepted(),
                        taken.ack999(),
                        taken.ack277ca()))
                .build();
    }

    @GET
    @Path("/{id}")
    @APIResponse(responseCode = "200", description = "The submission's 835s and their deliveries")
    @APIResponse(responseCode = "404", description = "No such submission")
    public SubmissionView get(@PathParam("id") String id) throws SQLException {
        SubmissionStore.Submission s = store.find(id).orElseThrow(() -> new NotFoundException("no submission " + id));
        List<RemittanceView> owed = remittances.ofSubmission(id).stream()
                .map(r -> new RemittanceView(
                        r.payerId(), r.deliverAfter(), r.deliveredAt(), r.attempts(), r.lastError(), r.interchange()))
                .toList();
        boolean allDelivered = !owed.isEmpty() && owed.stream().allMatch(r -> r.deliveredAt() != null);
        return new SubmissionView(
                s.id(),
                s.receivedAt(),
                allDelivered
                        ? owed.stream()
                                .map(RemittanceView::deliveredAt)
                                .max(Comparator.naturalOrder())
                                .orElseThrow()
                        : null,
                owed);
    }

    @ServerExceptionMapper
    public Response rejected(InvalidX12Exception e) {
        return Response.status(400)
                .type("application/problem+json")
                .entity(new Rejection("Rejected interchange", 400, e.errors()))
                .build();
    }
}
