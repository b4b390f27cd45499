package com.rcm.claims.service;

import com.rcm.claims.domain.BillingProviderSetup;
import com.rcm.claims.domain.ClaimPricing;
import com.rcm.claims.domain.ClaimStatus;
import com.rcm.claims.domain.PayerSetup;
import com.rcm.claims.domain.RenderingProviderSetup;
import com.rcm.claims.persistence.ClaimEntity;
import com.rcm.claims.persistence.ClaimLineEntity;
import com.rcm.claims.persistence.ClaimRepository;
import com.rcm.claims.persistence.EligibilityCheckEntity;
import com.rcm.claims.persistence.PracticeSetupRepository;
import com.rcm.claims.persistence.SubmissionQueue;
import com.rcm.claims.scrub.ClaimDraft;
import com.rcm.claims.scrub.ClaimScrubber;
import com.rcm.claims.scrub.ScrubFinding;
import com.rcm.events.EventEnvelope;
import com.rcm.events.EventJson;
import com.rcm.events.payload.Coverage;
import com.rcm.events.payload.EncounterCoded;
import com.rcm.events.payload.ServiceLine;
import com.rcm.platform.messaging.PoisonMessageException;
import com.rcm.x12.claim.ProfessionalClaim;
import com.rcm.x12.eligibility.EligibilityResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Turns a coded encounter into a claim: price the lines, number the claim and scrub it. A clean claim
 * waits READY for the next 837P batch to the clearinghouse ({@link ClaimBatches}); a claim the scrubber
 * fails is HELD in the biller's queue with the fixes it needs. A biller's correction of a held or
 * rejected claim ({@link #resubmit}), a replacement (frequency 7) or a void (8) of a claim the payer
 * decided ({@link #supersede}) goes out at once, in an interchange of its own, so the biller sees the
 * clearinghouse's answer in the response.
 */
@ApplicationScoped
public class ClaimSubmission {
    /** The scrubber finding of a claim whose coverage the payer's 271 says is not active. */
    public static final String ELIGIBILITY_INACTIVE = "ELIGIBILITY_INACTIVE";

    private final ClaimRepository claims;
    private final PracticeSetupRepository setup;
    private final PatientControlNumbers patientControlNumbers;
    private final ClaimScrubber scrubber;
    private final ClaimBatchWriter writer;
    private final ClaimSender sender;
    private final SubmissionQueue queue;
    private final EligibilityChecks eligibility;

    public ClaimSubmission(
            ClaimRepository claims,
            PracticeSetupRepository setup,
            PatientControlNumbers patientControlNumbers,
            ClaimScrubber scrubber,
            ClaimBatchWriter writer,
            ClaimSender sender,
            SubmissionQueue queue,
            EligibilityChecks eligibility) {
        this.claims = claims;
        this.setup = setup;
        this.patientControlNumbers = patientControlNumbers;
        this.scrubber = scrubber;
        this.writer = writer;
        this.sender = sender;
        this.queue = queue;
        this.eligibility = eligibility;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void claimEncounter(EncounterCoded coded, EventEnvelope cause) {
        if (!claims.forEncounter(coded.encounterId()).isEmpty()) {
            return; // one original claim per encounter; corrections are their own flow
        }
        String tenant = cause.tenantId();
        BillingProviderSetup provider = billingProvider(tenant);
        ClaimEntity claim = new ClaimEntity();
        claim.id = UUID.randomUUID().toString();
        claim.tenantId = tenant;
        claim.encounterId = coded.encounterId();
        claim.patientControlNumber = nextPatientControlNumber(tenant, provider);
        claim.frequencyCode = ProfessionalClaim.ORIGINAL;
        claim.createdAt = OffsetDateTime.now();
        claim.correlationId = cause.correlationId() != null ? cause.correlationId() : cause.id();
        claim.causationId = cause.id();
        build(claim, coded);
        boolean clean = scrub(claim, provider, "built from encounter " + coded.encounterId());
        claims.persist(claim);
        if (clean) {
            queue.enqueue(tenant, claim.id);
        }
    }

    /**
     * The claim to the encounter's next payer, after the prior claim's payer decided: the same services,
     * its own patient control number, scrubbed and queued like any claim; its 837P carries the earlier
     * payers' decisions ({@link ClaimBatchWriter}).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public ClaimEntity claimForNextPayer(ClaimEntity prior, EncounterCoded coded, Coverage next, String causationId) {
        BillingProviderSetup provider = billingProvider(prior.tenantId);
        ClaimEntity claim = new ClaimEntity();
        claim.id = UUID.randomUUID().toString();
        claim.tenantId = prior.tenantId;
        claim.encounterId = prior.encounterId;
        claim.patientControlNumber = nextPatientControlNumber(prior.tenantId, provider);
        claim.frequencyCode = ProfessionalClaim.ORIGINAL;
        claim.coverageOrder = next.order();
        claim.priorClaimId = prior.id;
        claim.createdAt = OffsetDateTime.now();
        claim.correlationId = prior.correlationId;
        claim.causationId = causationId;
        build(claim, billedTo(coded, next));
        boolean clean = scrub(
                claim,
                provider,
                "built for payer " + next.payerId() + " (coverage " + next.order() + ") after " + prior.payerId
                        + " decided claim " + prior.patientControlNumber);
        claims.persist(claim);
        if (clean) {
            queue.enqueue(claim.tenantId, claim.id);
        }
        return claim;
    }

    /** The encounter as billed to one of its coverages: that coverage in {@code coverage}, every one still listed. */
    private static EncounterCoded billedTo(EncounterCoded coded, Coverage coverage) {
        return new EncounterCoded(
                coded.encounterId(),
                coded.externalId(),
                coded.dateOfService(),
                coded.placeOfService(),
                coded.patient(),
                coverage,
                coded.renderingProviderNpi(),
                coded.diagnoses(),
                coded.services(),
                coded.coverages());
    }

    /**
     * A replacement (frequency 7, with the biller's corrections) or void (8) of a claim the payer has
     * decided. The new claim names the original by the payer's claim number (REF*F8) and gets its own
     * patient control number; the original is marked REPLACED or VOIDED so it no longer counts as live.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public ClaimEntity supersede(ClaimEntity original, EncounterCoded coded, String frequencyCode, String actor) {
        BillingProviderSetup provider = billingProvider(original.tenantId);
        boolean voiding = ProfessionalClaim.VOID.equals(frequencyCode);
        ClaimEntity claim = new ClaimEntity();
        claim.id = UUID.randomUUID().toString();
        claim.tenantId = original.tenantId;
        claim.encounterId = original.encounterId;
        claim.patientControlNumber = nextPatientControlNumber(original.tenantId, provider);
        claim.frequencyCode = frequencyCode;
        claim.replacesClaimId = original.id;
        claim.createdAt = OffsetDateTime.now();
        original.moveTo(
                voiding ? ClaimStatus.VOIDED : ClaimStatus.REPLACED,
                (voiding ? "voided" : "replaced") + " by claim " + claim.patientControlNumber + " (" + claim.id
                        + "), requested by " + actor);
        build(claim, coded);
        boolean clean = scrub(
                claim,
                provider,
                (voiding ? "void" : "replacement") + " of claim " + original.patientControlNumber + " (payer claim "
                        + original.payerClaimControlNumber + ") by " + actor);
        claims.persist(claim);
        if (clean) {
            sendNow(claim, provider);
        }
        return claim;
    }

    /** A biller's correction of a held or rejected claim and its resubmission, in one step; the scrubber runs again. */
    @Transactional(Transactional.TxType.MANDATORY)
    public ClaimEntity resubmit(ClaimEntity claim, EncounterCoded corrected, String actor) {
        BillingProviderSetup provider = billingProvider(claim.tenantId);
        build(claim, corrected);
        if (scrub(claim, provider, "corrected and resubmitted by " + actor)) {
            sendNow(claim, provider);
        }
        return claim;
    }

    /** A biller is waiting for the answer: the claim goes in an interchange of its own, within the request. */
    private void sendNow(ClaimEntity claim, BillingProviderSetup provider) {
        queue.enqueue(claim.tenantId, claim.id);
        writer.write(claim.tenantId, provider, List.of(claim))
                .ifPresent(interchange -> sender.send(claim.tenantId, provider, interchange));
        queue.removeUnwritten(List.of(claim.id));
    }

    private String nextPatientControlNumber(String tenant, BillingProviderSetup provider) {
        return provider.claimPrefix() + String.format("%08d", patientControlNumbers.next(tenant));
    }

    /**
     * READY when the scrubber finds nothing, else HELD with its findings; answers whether it is clean.
     * The payer's latest recent eligibility answer counts too: inactive coverage or an unknown member
     * holds the claim; no recent answer lets it go with a warning in its history.
     */
    private boolean scrub(ClaimEntity claim, BillingProviderSetup provider, String detail) {
        EncounterCoded coded = EventJson.read(claim.encounter, EncounterCoded.class);
        Optional<PayerSetup> payer = setup.payer(coded.coverage().payerId());
        Optional<RenderingProviderSetup> rendering = setup.renderingProvider(coded.renderingProviderNpi());
        ClaimPricing.Priced priced = price(coded);
        List<ScrubFinding> findings = new ArrayList<>(scrubber.scrub(new ClaimDraft(
                claim.id,
                coded,
                provider,
                payer,
                rendering,
                priced.lines(),
                priced.unpricedCodes(),
                claim.totalChargeCents)));
        Optional<EligibilityCheckEntity> covered =
                eligibility.recent(coded.coverage().payerId(), coded.coverage().memberId());
        covered.filter(c -> c.status != EligibilityResponse.Status.ACTIVE)
                .ifPresent(c -> findings.add(new ScrubFinding(
                        ELIGIBILITY_INACTIVE,
                        "coverage.memberId",
                        "the payer's 271 (trace " + c.traceNumber
                                + ", " + c.checkedAt.toLocalDate() + ") says " + c.status
                                + "; correct the coverage or check "
                                + "eligibility again, then resubmit")));
        detail += covered.map(c -> "; eligibility " + c.status + " per 271 " + c.traceNumber)
                .orElse("; warning: no eligibility answer in the last " + eligibility.recentDays() + " days");
        if (!findings.isEmpty()) {
            claim.scrubFindings = EventJson.write(findings);
            claim.moveTo(
                    ClaimStatus.HELD,
                    detail + "; held: "
                            + findings.stream()
                                    .map(ScrubFinding::ruleId)
                                    .distinct()
                                    .collect(Collectors.joining(", ")));
            return false;
        }
        claim.scrubFindings = null;
        claim.moveTo(ClaimStatus.READY, detail);
        return true;
    }

    /** Prices the encounter's lines onto the claim; unpriced lines are left out and named by the scrubber. */
    private void build(ClaimEntity claim, EncounterCoded coded) {
        ClaimPricing.Priced priced = price(coded);
        claim.payerId = coded.coverage().payerId();
        claim.patientId = coded.patient().externalId();
        claim.dateOfService = coded.dateOfService();
        claim.timelyFilingDeadline = setup.payer(claim.payerId)
                .map(payer -> coded.dateOfService().plusDays(payer.timelyFilingDays()))
                .orElse(null);
        claim.totalChargeCents = priced.totalChargeCents();
        claim.encounter = EventJson.write(coded);
        claim.lines.clear();
        for (ServiceLine line : priced.lines()) {
            ClaimLineEntity entity = new ClaimLineEntity();
            entity.id = UUID.randomUUID().toString();
            entity.claim = claim;
            entity.tenantId = claim.tenantId;
            entity.lineNumber = line.lineNumber();
            entity.code = line.code();
            entity.modifiers = String.join(",", line.modifiers() == null ? List.of() : line.modifiers());
            entity.units = line.units();
            entity.diagnosisPointers =
                    line.diagnosisPointers().stream().map(String::valueOf).collect(Collectors.joining(","));
            entity.chargeCents = line.chargeCents();
            entity.lineControlNumber = claim.patientControlNumber + "-" + line.lineNumber();
            claim.lines.add(entity);
        }
    }

    private ClaimPricing.Priced price(EncounterCoded coded) {
        return ClaimPricing.price(
                coded.services(), (code, modifier) -> setup.fee(code, modifier, coded.dateOfService()));
    }

    BillingProviderSetup billingProvider(String tenant) {
        return setup.billingProvider()
                .orElseThrow(
                        () -> new PoisonMessageException("practice " + tenant + " has no billing provider set up"));
    }
}
