package com.rcm.claims.service;

import com.rcm.claims.client.Clearinghouse;
import com.rcm.claims.client.ClearinghouseClient;
import com.rcm.claims.domain.BillingProvider;
import com.rcm.claims.domain.ClaimPricing;
import com.rcm.claims.domain.ClaimStatus;
import com.rcm.claims.domain.Payer;
import com.rcm.claims.domain.RenderingProvider;
import com.rcm.claims.persistence.ClaimEntity;
import com.rcm.claims.persistence.ClaimLineEntity;
import com.rcm.claims.persistence.ClaimRepository;
import com.rcm.claims.persistence.ControlNumbers;
import com.rcm.claims.persistence.PracticeSetupRepository;
import com.rcm.claims.scrub.ClaimDraft;
import com.rcm.claims.scrub.ClaimScrubber;
import com.rcm.claims.scrub.ScrubFinding;
import com.rcm.claims.scrub.ScrubRule;
import com.rcm.claims.x12.ClaimInterchange;
import com.rcm.claims.x12.SubmitterConfig;
import com.rcm.events.EventEnvelope;
import com.rcm.events.EventJson;
import com.rcm.events.payload.ClaimSubmitted;
import com.rcm.events.payload.EncounterCoded;
import com.rcm.events.payload.ServiceLine;
import com.rcm.platform.messaging.PoisonMessageException;
import com.rcm.platform.outbox.Outbox;
import com.rcm.platform.outbox.OutgoingEvent;
import com.rcm.x12.X12Exception;
import com.rcm.x12.claim.ProfessionalClaim;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Turns a coded encounter into a submitted claim: price the lines, number the claim, scrub it, write
 * the 837P, hand it to the clearinghouse and announce it. A claim the scrubber fails is HELD in the
 * biller's queue with the fixes it needs, and goes out when a biller corrects it ({@link #resubmit}); so
 * does a claim the clearinghouse rejected in its 999 or 277CA. A claim the payer already decided is
 * corrected by a replacement claim (frequency 7) or cancelled by a void (frequency 8), each naming the
 * payer's claim number ({@link #supersede}).
 */
@ApplicationScoped
public class ClaimSubmission {
    private final ClaimRepository claims;
    private final PracticeSetupRepository setup;
    private final ControlNumbers controlNumbers;
    private final ClaimScrubber scrubber;
    private final Clearinghouse clearinghouse;
    private final SubmitterConfig submitter;
    private final Outbox outbox;
    private final ClearinghouseAcknowledgements acknowledgements;

    public ClaimSubmission(ClaimRepository claims, PracticeSetupRepository setup, ControlNumbers controlNumbers,
            ClaimScrubber scrubber, Clearinghouse clearinghouse, SubmitterConfig submitter, Outbox outbox,
            ClearinghouseAcknowledgements acknowledgements) {
        this.claims = claims;
        this.setup = setup;
        this.controlNumbers = controlNumbers;
        this.scrubber = scrubber;
        this.clearinghouse = clearinghouse;
        this.submitter = submitter;
        this.outbox = outbox;
        this.acknowledgements = acknowledgements;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void claimEncounter(EncounterCoded coded, EventEnvelope cause) {
        if (!claims.forEncounter(coded.encounterId()).isEmpty()) {
            return; // one original claim per encounter; corrections are their own flow
        }
        String tenant = cause.tenantId();
        BillingProvider provider = billingProvider(tenant);
        ClaimEntity claim = new ClaimEntity();
        claim.id = UUID.randomUUID().toString();
        claim.tenantId = tenant;
        claim.encounterId = coded.encounterId();
        claim.patientControlNumber = nextPatientControlNumber(tenant, provider);
        claim.frequencyCode = ProfessionalClaim.ORIGINAL;
        claim.createdAt = OffsetDateTime.now();
        build(claim, coded);
        scrubAndSubmit(claim, provider, "built from encounter " + coded.encounterId(), cause);
        claims.persist(claim);
    }

    /**
     * A replacement (frequency 7, with the biller's corrections) or void (8) of a claim the payer has
     * decided. The new claim names the original by the payer's claim number (REF*F8) and gets its own
     * patient control number; the original is marked REPLACED or VOIDED so it no longer counts as live.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public ClaimEntity supersede(ClaimEntity original, EncounterCoded coded, String frequencyCode, String actor) {
        BillingProvider provider = billingProvider(original.tenantId);
        boolean voiding = ProfessionalClaim.VOID.equals(frequencyCode);
        ClaimEntity claim = new ClaimEntity();
        claim.id = UUID.randomUUID().toString();
        claim.tenantId = original.tenantId;
        claim.encounterId = original.encounterId;
        claim.patientControlNumber = nextPatientControlNumber(original.tenantId, provider);
        claim.frequencyCode = frequencyCode;
        claim.replacesClaimId = original.id;
        claim.createdAt = OffsetDateTime.now();
        original.moveTo(voiding ? ClaimStatus.VOIDED : ClaimStatus.REPLACED, (voiding ? "voided" : "replaced")
                + " by claim " + claim.patientControlNumber + " (" + claim.id + "), requested by " + actor);
        build(claim, coded);
        scrubAndSubmit(claim, provider, (voiding ? "void" : "replacement") + " of claim "
                + original.patientControlNumber + " (payer claim " + original.payerClaimControlNumber + ") by " + actor,
                null);
        claims.persist(claim);
        return claim;
    }

    private String nextPatientControlNumber(String tenant, BillingProvider provider) {
        return provider.claimPrefix()
                + String.format("%08d", controlNumbers.next(tenant, ControlNumbers.PATIENT_CONTROL, "claim"));
    }

    /** A biller's correction of a held claim and its resubmission, in one step; the scrubber runs again. */
    @Transactional(Transactional.TxType.MANDATORY)
    public ClaimEntity resubmit(ClaimEntity claim, EncounterCoded corrected, String actor) {
        BillingProvider provider = billingProvider(claim.tenantId);
        build(claim, corrected);
        scrubAndSubmit(claim, provider, "corrected and resubmitted by " + actor, null);
        return claim;
    }

    private void scrubAndSubmit(ClaimEntity claim, BillingProvider provider, String detail, EventEnvelope cause) {
        EncounterCoded coded = EventJson.read(claim.encounter, EncounterCoded.class);
        Optional<Payer> payer = setup.payer(coded.coverage().payerId());
        Optional<RenderingProvider> rendering = setup.renderingProvider(coded.renderingProviderNpi());
        ClaimPricing.Priced priced = price(coded);
        List<ScrubFinding> findings = scrubber.scrub(new ClaimDraft(claim.id, coded, provider, payer, rendering,
                priced.lines(), priced.unpricedCodes(), claim.totalChargeCents));
        if (!findings.isEmpty()) {
            claim.scrubFindings = EventJson.write(findings);
            claim.moveTo(ClaimStatus.HELD, detail + "; held: " + findings.stream().map(ScrubFinding::ruleId)
                    .distinct().collect(Collectors.joining(", ")));
            return;
        }
        claim.scrubFindings = null;
        claim.moveTo(ClaimStatus.READY, detail);
        submit(claim, coded, provider, payer.get(), rendering.get(), cause);
    }

    /** Prices the encounter's lines onto the claim; unpriced lines are left out and named by the scrubber. */
    private void build(ClaimEntity claim, EncounterCoded coded) {
        ClaimPricing.Priced priced = price(coded);
        claim.payerId = coded.coverage().payerId();
        claim.dateOfService = coded.dateOfService();
        claim.timelyFilingDeadline = setup.payer(claim.payerId)
                .map(payer -> coded.dateOfService().plusDays(payer.timelyFilingDays())).orElse(null);
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
            entity.diagnosisPointers = line.diagnosisPointers().stream().map(String::valueOf)
                    .collect(Collectors.joining(","));
            entity.chargeCents = line.chargeCents();
            entity.lineControlNumber = claim.patientControlNumber + "-" + line.lineNumber();
            claim.lines.add(entity);
        }
    }

    private ClaimPricing.Priced price(EncounterCoded coded) {
        return ClaimPricing.price(coded.services(), (code, modifier) -> setup.fee(code, modifier, coded.dateOfService()));
    }

    private BillingProvider billingProvider(String tenant) {
        return setup.billingProvider().orElseThrow(
                () -> new PoisonMessageException("practice " + tenant + " has no billing provider set up"));
    }

    private void submit(ClaimEntity claim, EncounterCoded coded, BillingProvider provider, Payer payer,
            RenderingProvider rendering, EventEnvelope cause) {
        String senderId = submitter.senderIdFor(provider);
        long interchange = controlNumbers.next(claim.tenantId, ControlNumbers.INTERCHANGE,
                senderId + "/" + submitter.receiverId());
        claim.interchangeControlNumber = String.format("%09d", interchange);
        String priorPayerClaimNumber = claim.replacesClaimId == null ? null
                : claims.findById(claim.replacesClaimId).payerClaimControlNumber;
        try {
            claim.x12 = ClaimInterchange.write(claim, coded, provider, payer, rendering, submitter, senderId,
                    priorPayerClaimNumber);
        } catch (X12Exception | IllegalArgumentException e) {
            // Data the scrubber let through but the guide does not allow: held for a biller, never sent.
            ScrubFinding finding = ScrubRule.IMPLEMENTATION_GUIDE.finding("x12", e.getMessage()
                    + "; correct the claim's data and resubmit");
            claim.scrubFindings = EventJson.write(List.of(finding));
            claim.x12 = null;
            claim.interchangeControlNumber = null;
            claim.moveTo(ClaimStatus.HELD, "held: " + ScrubRule.IMPLEMENTATION_GUIDE + " " + e.getMessage());
            return;
        }
        ClearinghouseClient.SubmissionReceipt receipt = clearinghouse.submit(claim.x12);
        claim.submittedAt = OffsetDateTime.now();
        claim.moveTo(ClaimStatus.SUBMITTED, "clearinghouse receipt " + receipt.submissionId());

        List<ServiceLine> lines = claim.lines.stream().map(l -> new ServiceLine(l.lineNumber, l.code,
                l.modifiers.isEmpty() ? List.of() : List.of(l.modifiers.split(",")), l.units,
                Arrays.stream(l.diagnosisPointers.split(",")).map(Integer::valueOf).toList(),
                l.chargeCents)).toList();
        OutgoingEvent event = OutgoingEvent.of(claim.tenantId, claim.encounterId, "claim/" + claim.id,
                new ClaimSubmitted(claim.id, claim.encounterId, claim.patientControlNumber, claim.payerId,
                        coded.patient(), claim.dateOfService, claim.totalChargeCents, lines,
                        claim.interchangeControlNumber, provider.npi()));
        outbox.publish(cause == null ? event : event.causedBy(cause));
        acknowledgements.apply(claim, receipt.ack999(), receipt.ack277ca());
    }
}
