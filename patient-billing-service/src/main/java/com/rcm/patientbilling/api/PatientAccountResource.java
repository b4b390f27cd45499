package com.rcm.patientbilling.api;

import com.rcm.patientbilling.mapping.StatementHtml;
import com.rcm.patientbilling.persistence.PatientAccountEntity;
import com.rcm.patientbilling.persistence.PatientLedger;
import com.rcm.patientbilling.persistence.PatientPaymentEntity;
import com.rcm.patientbilling.persistence.StatementEntity;
import com.rcm.patientbilling.service.PatientPayments;
import com.rcm.platform.api.ApiProblemException;
import com.rcm.platform.api.IdempotencyKeys;
import com.rcm.platform.tenant.CurrentTenant;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1")
@Tag(name = "Patient accounts")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"practice-admin", "biller"})
public class PatientAccountResource {
    private final PatientLedger ledger;
    private final PatientPayments payments;
    private final CurrentTenant tenant;

    public PatientAccountResource(PatientLedger ledger, PatientPayments payments, CurrentTenant tenant) {
        this.ledger = ledger;
        this.payments = payments;
        this.tenant = tenant;
    }

    @GET
    @Path("/patients/{patientId}/account")
    @Transactional
    @Operation(summary = "The patient's balance and ledger")
    public AccountView account(@PathParam("patientId") String patientId) {
        PatientAccountEntity account = account(tenant.require(), patientId);
        List<AccountView.Entry> entries = ledger.entries(patientId).stream()
                .map(e -> new AccountView.Entry(e.id, e.kind.name(), e.amountCents, e.claimId, e.encounterId,
                        e.reference, e.description, e.at))
                .toList();
        return new AccountView(patientId, account.firstName, account.lastName, ledger.balance(patientId), entries);
    }

    @POST
    @Path("/patients/{patientId}/payments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a patient payment", description = "Idempotent per Idempotency-Key.")
    public Response pay(@PathParam("patientId") String patientId,
            @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey, @Valid @NotNull PaymentRequest request) {
        PatientPaymentEntity payment = payments.record(tenant.require(), patientId, idempotencyKey,
                new PatientPayments.PaymentRequest(request.amountCents(), request.method(), request.processorReference(),
                        request.receivedOn()));
        return Response.status(Response.Status.CREATED).entity(new PaymentRecorded(payment.id, payment.amountCents,
                payment.method, payment.receivedOn.toString())).build();
    }

    public record PaymentRecorded(String id, long amountCents, String method, String receivedOn) {
    }

    @GET
    @Path("/patients/{patientId}/statements")
    @Transactional
    @Operation(summary = "The patient's statements, oldest first")
    public List<StatementSummary> statements(@PathParam("patientId") String patientId) {
        account(tenant.require(), patientId);
        return ledger.statements(patientId).stream().map(PatientAccountResource::summary).toList();
    }

    @GET
    @Path("/statements/{id}")
    @Produces(MediaType.TEXT_HTML)
    @Transactional
    @Operation(summary = "A statement as the patient receives it (HTML)")
    public String statement(@PathParam("id") String id) {
        String tenantId = tenant.require();
        StatementEntity statement = ledger.statement(id).orElseThrow(() -> ApiProblemException.notFound("statement", id));
        return StatementHtml.render(statement, account(tenantId, statement.patientId));
    }

    private PatientAccountEntity account(String tenantId, String patientId) {
        return ledger.account(tenantId, patientId)
                .orElseThrow(() -> ApiProblemException.notFound("patient account", patientId));
    }

    private static StatementSummary summary(StatementEntity s) {
        return new StatementSummary(s.id, s.patientId, s.issuedOn, s.dueDate, s.amountDueCents,
                Arrays.asList(s.encounterIds.split(",")));
    }
}
