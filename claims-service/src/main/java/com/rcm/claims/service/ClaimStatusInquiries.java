package com.rcm.claims.service;

import com.rcm.claims.client.Clearinghouse;
import com.rcm.claims.domain.ClaimStatus;
import com.rcm.claims.domain.PayerSetup;
import com.rcm.claims.persistence.ClaimEntity;
import com.rcm.claims.persistence.ClaimRepository;
import com.rcm.claims.persistence.PracticeSetupRepository;
import com.rcm.claims.persistence.StatusWatch;
import com.rcm.claims.x12.InquiryInterchanges;
import com.rcm.events.EventJson;
import com.rcm.events.payload.ClaimStatusReported;
import com.rcm.events.payload.Coverage;
import com.rcm.events.payload.EncounterCoded;
import com.rcm.platform.api.ApiProblemException;
import com.rcm.platform.outbox.Outbox;
import com.rcm.platform.outbox.OutgoingEvent;
import com.rcm.platform.tenant.TenantContext;
import com.rcm.x12.InvalidX12Exception;
import com.rcm.x12.claimstatus.ClaimStatusInquiry;
import com.rcm.x12.claimstatus.ClaimStatusReader;
import com.rcm.x12.claimstatus.ClaimStatusReport;
import com.rcm.x12.claimstatus.ClaimStatusWriter;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import org.jboss.logging.Logger;

/**
 * Asks payers about quiet claims (276) and moves each by the answer (277): P pending → PENDING,
 * R more information → NEEDS_INFORMATION (the biller's queue), F2 denied → DENIED, other F finalized
 * → PAID (the 835 brings the money and the final word), A3 rejected → REJECTED. A claim is asked about
 * once its payer's {@code statusInquiryDays} pass with no decision, then again every such period (at
 * least a day). Only a new answer is written to the history and announced.
 */
@ApplicationScoped
public class ClaimStatusInquiries {
    public static final String JOB = "claim-status-inquiries";
    private static final Logger LOG = Logger.getLogger(ClaimStatusInquiries.class);
    private static final int PER_RUN = 100;

    private final ClaimRepository claims;
    private final StatusWatch watch;
    private final PracticeSetupRepository setup;
    private final InquiryInterchanges interchanges;
    private final Clearinghouse clearinghouse;
    private final Outbox outbox;

    public ClaimStatusInquiries(
            ClaimRepository claims,
            StatusWatch watch,
            PracticeSetupRepository setup,
            InquiryInterchanges interchanges,
            Clearinghouse clearinghouse,
            Outbox outbox) {
        this.claims = claims;
        this.watch = watch;
        this.setup = setup;
        this.interchanges = interchanges;
        this.clearinghouse = clearinghouse;
        this.outbox = outbox;
    }

    @Scheduled(
            identity = JOB,
            every = "${claims.status.check-every:1m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void askAboutQuietClaims() {
        OffsetDateTime now = OffsetDateTime.now();
        for (String tenant : QuarkusTransaction.requiringNew().call(() -> watch.tenantsDue(now))) {
            TenantContext.runAs(tenant, () -> {
                for (String claimId : QuarkusTransaction.requiringNew().call(() -> watch.due(tenant, now, PER_RUN))) {
                    try {
                        QuarkusTransaction.requiringNew().run(() -> askIfStillQuiet(claimId));
                    } catch (RuntimeException e) {
                        LOG.warnf(
                                "claim %s of %s was not asked about and waits for the next run: %s",
                                claimId, tenant, e.getMessage());
                    }
                }
            });
        }
    }

    private void askIfStillQuiet(String claimId) {
        ClaimEntity claim = claims.findById(claimId);
        if (claim == null || !claim.status.awaitingPayer()) {
            watch.forget(claimId);
            return;
        }
        ask(claim);
    }

    /** Asks now, whatever the schedule; the answer moves the claim and sets the next time to ask. */
    @Transactional(Transactional.TxType.MANDATORY)
    public ClaimStatusReport ask(ClaimEntity claim) {
        EncounterCoded coded = EventJson.read(claim.encounter, EncounterCoded.class);
        InquiryInterchanges.Outgoing outgoing = interchanges.next(claim.tenantId);
        PayerSetup payer = setup.payer(claim.payerId).orElse(null);
        String trace = "CST" + outgoing.controlNumber();
        Coverage coverage = coded.coverage();
        boolean dependent = coverage.subscriber() != null;
        ClaimStatusInquiry inquiry = new ClaimStatusInquiry(
                outgoing.envelope(),
                trace,
                claim.payerId,
                payer == null ? claim.payerId : payer.name(),
                outgoing.provider().name(),
                outgoing.provider().npi(),
                coverage.memberId(),
                dependent ? coverage.subscriber().firstName() : coded.patient().firstName(),
                dependent ? coverage.subscriber().lastName() : coded.patient().lastName(),
                claim.patientControlNumber,
                claim.totalChargeCents,
                claim.dateOfService);
        ClaimStatusReport report = read(askClearinghouse(ClaimStatusWriter.toX12(inquiry)), trace);
        apply(claim, report);
        int days = payer == null ? PayerSetup.DEFAULT_STATUS_INQUIRY_DAYS : payer.statusInquiryDays();
        if (claim.status.awaitingPayer()) {
            watch.watch(claim.tenantId, claim.id, OffsetDateTime.now().plusDays(Math.max(1, days)));
        } else {
            watch.forget(claim.id);
        }
        return report;
    }

    private void apply(ClaimEntity claim, ClaimStatusReport report) {
        claim.statusCheckedAt = OffsetDateTime.now();
        String said = report.category() + ":" + report.statusCode();
        if (said.equals(claim.payerStatus)) {
            return;
        }
        claim.payerStatus = said;
        ClaimStatus next = switch (report.kind()) {
            case 'P' -> ClaimStatus.PENDING;
            case 'R' -> ClaimStatus.NEEDS_INFORMATION;
            case 'F' -> "F2".equals(report.category()) ? ClaimStatus.DENIED : ClaimStatus.PAID;
            case 'A' -> "A3".equals(report.category()) ? ClaimStatus.REJECTED : claim.status;
            default -> claim.status;
        };
        claim.moveTo(
                next,
                "277 claim status " + said + " on " + report.statusDate()
                        + (report.paidCents() > 0 ? ", paid " + report.paidCents() + " cents" : "") + " (trace "
                        + report.traceNumber() + ")");
        outbox.publish(OutgoingEvent.of(
                claim.tenantId,
                claim.encounterId,
                "claim/" + claim.id,
                new ClaimStatusReported(
                        claim.id,
                        claim.encounterId,
                        claim.patientControlNumber,
                        report.category(),
                        report.statusCode(),
                        report.statusDate(),
                        report.paidCents(),
                        next.name())));
    }

    private String askClearinghouse(String x276) {
        try {
            return clearinghouse.claimStatus(x276);
        } catch (RuntimeException e) {
            throw new ApiProblemException(
                    502, "Clearinghouse unavailable", "the claim status inquiry was not answered: " + e.getMessage());
        }
    }

    private static ClaimStatusReport read(String x277, String trace) {
        try {
            ClaimStatusReport report = ClaimStatusReader.readReport(x277);
            if (!trace.equals(report.traceNumber())) {
                throw new ApiProblemException(
                        502,
                        "277 for another inquiry",
                        "the 277 answers trace " + report.traceNumber() + ", not " + trace);
            }
            return report;
        } catch (InvalidX12Exception e) {
            throw new ApiProblemException(502, "Unreadable 277", String.join("; ", e.errors()));
        }
    }
}
