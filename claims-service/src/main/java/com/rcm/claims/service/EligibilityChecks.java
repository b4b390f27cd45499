package com.rcm.claims.service;

import com.rcm.claims.client.Clearinghouse;
import com.rcm.claims.domain.PayerSetup;
import com.rcm.claims.persistence.EligibilityCheckEntity;
import com.rcm.claims.persistence.EligibilityCheckRepository;
import com.rcm.claims.persistence.PracticeSetupRepository;
import com.rcm.claims.x12.InquiryInterchanges;
import com.rcm.platform.api.ApiProblemException;
import com.rcm.x12.InvalidX12Exception;
import com.rcm.x12.eligibility.EligibilityInquiry;
import com.rcm.x12.eligibility.EligibilityReader;
import com.rcm.x12.eligibility.EligibilityResponse;
import com.rcm.x12.eligibility.EligibilityWriter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Asks the payer, through the clearinghouse, whether a patient is covered on a date (270), and keeps
 * the answer (271) with both raw transactions. An answer younger than {@code claims.eligibility.recent-days}
 * is what claims and estimates rely on.
 */
@ApplicationScoped
public class EligibilityChecks {
    private final EligibilityCheckRepository checks;
    private final PracticeSetupRepository setup;
    private final InquiryInterchanges interchanges;
    private final Clearinghouse clearinghouse;
    private final int recentDays;

    public EligibilityChecks(
            EligibilityCheckRepository checks,
            PracticeSetupRepository setup,
            InquiryInterchanges interchanges,
            Clearinghouse clearinghouse,
            @ConfigProperty(name = "claims.eligibility.recent-days", defaultValue = "30") int recentDays) {
        this.checks = checks;
        this.setup = setup;
        this.interchanges = interchanges;
        this.clearinghouse = clearinghouse;
        this.recentDays = recentDays;
    }

    /** Who is asked about, with which payer, for which date. */
    public record Request(
            String patientId,
            String firstName,
            String lastName,
            LocalDate dateOfBirth,
            String payerId,
            String memberId,
            LocalDate dateOfService) {}

    @Transactional
    public EligibilityCheckEntity check(String tenantId, Request request) {
        InquiryInterchanges.Outgoing outgoing = interchanges.next(tenantId);
        String trace = "ELG" + outgoing.controlNumber();
        String payerName = setup.payer(request.payerId()).map(PayerSetup::name).orElse(request.payerId());
        String x270 = EligibilityWriter.toX12(new EligibilityInquiry(
                outgoing.envelope(),
                trace,
                request.payerId(),
                payerName,
                outgoing.provider().name(),
                outgoing.provider().npi(),
                request.memberId(),
                request.firstName(),
                request.lastName(),
                request.dateOfBirth(),
                request.dateOfService()));
        String x271 = ask(x270);
        EligibilityResponse answer;
        try {
            answer = EligibilityReader.readResponse(x271);
        } catch (InvalidX12Exception e) {
            throw new ApiProblemException(
                    502,
                    "Unreadable 271",
                    "the clearinghouse answered with X12 we cannot read: " + String.join("; ", e.errors()));
        }
        if (!trace.equals(answer.traceNumber())) {
            throw new ApiProblemException(
                    502, "271 for another inquiry", "the 271 answers trace " + answer.traceNumber() + ", not " + trace);
        }
        EligibilityCheckEntity check = new EligibilityCheckEntity();
        check.id = UUID.randomUUID().toString();
        check.tenantId = tenantId;
        check.patientId = request.patientId();
        check.payerId = request.payerId();
        check.memberId = request.memberId();
        check.firstName = request.firstName();
        check.lastName = request.lastName();
        check.dateOfBirth = request.dateOfBirth();
        check.dateOfService = request.dateOfService();
        check.status = answer.status();
        check.planName = answer.planName();
        check.copayCents = answer.copayCents();
        check.coinsurancePercent = answer.coinsurancePercent();
        check.deductibleCents = answer.deductibleCents();
        check.deductibleRemainingCents = answer.deductibleRemainingCents();
        check.inNetwork = answer.inNetwork();
        check.rejectReason = answer.rejectReason();
        check.traceNumber = trace;
        check.requestX12 = x270;
        check.responseX12 = x271;
        check.checkedAt = OffsetDateTime.now();
        checks.persist(check);
        return check;
    }

    /** The latest answer about this member at this payer that is still recent enough to rely on. */
    public Optional<EligibilityCheckEntity> recent(String payerId, String memberId) {
        return checks.latest(payerId, memberId, OffsetDateTime.now().minusDays(recentDays));
    }

    public int recentDays() {
        return recentDays;
    }

    private String ask(String x270) {
        try {
            return clearinghouse.eligibility(x270);
        } catch (RuntimeException e) {
            throw new ApiProblemException(
                    502, "Clearinghouse unavailable", "the eligibility inquiry was not answered: " + e.getMessage());
        }
    }
}
