package com.rcm.patientbilling.api;

import com.rcm.patientbilling.mapping.StatementHtml;
import com.rcm.patientbilling.mapping.StatementPdf;
import com.rcm.patientbilling.persistence.PatientAccountRepository;
import com.rcm.patientbilling.persistence.StatementEntity;
import com.rcm.patientbilling.persistence.StatementRepository;
import com.rcm.platform.api.ApiProblemException;
import com.rcm.platform.api.Problem;
import com.rcm.platform.api.ProblemResponses;
import com.rcm.platform.tenant.CurrentTenant;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/statements")
@Tag(name = "Statements")
@RolesAllowed({"practice-admin", "biller"})
@APIResponse(responseCode = "401", description = ProblemResponses.UNAUTHORIZED)
@APIResponse(
        responseCode = "403",
        description = ProblemResponses.FORBIDDEN,
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(
        responseCode = "429",
        description = ProblemResponses.TOO_MANY_REQUESTS,
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class StatementResource {
    private final StatementRepository statements;
    private final PatientAccountRepository accounts;
    private final CurrentTenant tenant;

    public StatementResource(StatementRepository statements, PatientAccountRepository accounts, CurrentTenant tenant) {
        this.statements = statements;
        this.accounts = accounts;
        this.tenant = tenant;
    }

    public static final String PDF = "application/pdf";

    @GET
    @Path("/{id}")
    @Produces(MediaType.TEXT_HTML)
    @Transactional
    @Operation(summary = "A statement as the patient receives it, as an HTML page (Accept: text/html)")
    @APIResponse(responseCode = "200", description = "The statement as HTML")
    @APIResponse(
            responseCode = "404",
            description = ProblemResponses.NOT_FOUND,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public String statement(@PathParam("id") String id) {
        StatementEntity statement = find(id);
        return StatementHtml.render(statement, accountNumberOf(statement));
    }

    @GET
    @Path("/{id}")
    @Produces(PDF)
    @Transactional
    @Operation(summary = "The same statement page as a PDF to print or mail (Accept: application/pdf)")
    @APIResponse(responseCode = "200", description = "The statement as PDF")
    @APIResponse(
            responseCode = "404",
            description = ProblemResponses.NOT_FOUND,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public byte[] statementPdf(@PathParam("id") String id) {
        StatementEntity statement = find(id);
        return StatementPdf.fromHtml(StatementHtml.render(statement, accountNumberOf(statement)));
    }

    /** The guarantor's id; statements from before guarantors were modelled name their patient's account. */
    private String accountNumberOf(StatementEntity statement) {
        return statement.guarantorKey != null
                ? statement.guarantorKey
                : accounts.findById(statement.accountId).patientId;
    }

    private StatementEntity find(String id) {
        tenant.require();
        return statements.findByIdOptional(id).orElseThrow(() -> ApiProblemException.notFound("statement", id));
    }
}
