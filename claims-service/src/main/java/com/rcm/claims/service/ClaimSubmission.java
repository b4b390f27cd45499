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
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Turns a coded encounter into a submitted claim: price the lines, number the claim, write the 837P,
 * hand it to the clearinghouse and announce it. A claim that cannot be priced or has no known payer
 * is held with the reason instead of being sent.
 */
@ApplicationScoped
public class ClaimSubmission {
    private final ClaimRepository claims;
    private final PracticeSetupRepository setup;
    private final ControlNumbers controlNumbers;
    private final Clearinghouse clearinghouse;
    private final SubmitterConfig submitter;
    private final Outbox outbox;

    public ClaimSubmission(ClaimRepository claims, PracticeSetupRepository setup, ControlNumbers controlNumbers,
            Clearinghouse clearinghouse, SubmitterConfig submitter, Outbox outbox) {
        this.claims = claims;
        this.setup = setup;
        this.controlNumbers = controlNumbers;
        this.clearinghouse = clearinghouse;
        this.submitter = submitter;
        this.outbox = outbox;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void claimEncounter(EncounterCoded coded, EventEnvelope cause) {
        if (!claims.forEncounter(coded.encounterId()).isEmpty()) {
            return; // one original claim per encounter; corrections are their own flow
        }
        String tenant = cause.tenantId();
        BillingProvider provider = setup.billingProvider().orElseThrow(
                () -> new PoisonMessageException("practice " + tenant + " has no billing provider set up"));
        ClaimPricing.Priced priced = ClaimPricing.price(coded.services(),
                (code, modifier) -> setup.fee(code, modifier, coded.dateOfService()));
        Optional<Payer> payer = setup.payer(coded.coverage().payerId());
        Optional<RenderingProvider> rendering = setup.renderingProvider(coded.renderingProviderNpi());

        ClaimEntity claim = newClaim(tenant, provider, coded, priced);
        if (payer.isEmpty()) {
            claim.moveTo(ClaimStatus.HELD, "payer " + coded.coverage().payerId() + " is not set up for this practice");
        } else if (rendering.isEmpty()) {
            claim.moveTo(ClaimStatus.HELD, "rendering provider NPI " + coded.renderingProviderNpi()
                    + " is not set up for this practice");
        } else if (!"self".equals(coded.coverage().relationshipToSubscriber())) {
            claim.moveTo(ClaimStatus.HELD, "the subscriber's own name, birth date and address are needed when the "
                    + "patient is not the subscriber");
        } else if (!priced.unpricedCodes().isEmpty()) {
            claim.moveTo(ClaimStatus.HELD, "no fee schedule charge for " + String.join(", ", priced.unpricedCodes()));
        } else {
            claim.moveTo(ClaimStatus.READY, "built from encounter " + coded.encounterId());
        }
        claims.persist(claim);
        if (claim.status == ClaimStatus.READY) {
            submit(claim, coded, provider, payer.get(), rendering.get(), cause);
        }
    }

    private ClaimEntity newClaim(String tenant, BillingProvider provider, EncounterCoded coded,
            ClaimPricing.Priced priced) {
        ClaimEntity claim = new ClaimEntity();
        claim.id = UUID.randomUUID().toString();
        claim.tenantId = tenant;
        claim.encounterId = coded.encounterId();
        claim.patientControlNumber = provider.claimPrefix()
                + String.format("%08d", controlNumbers.next(tenant, ControlNumbers.PATIENT_CONTROL, "claim"));
        claim.payerId = coded.coverage().payerId();
        claim.frequencyCode = "1";
        claim.dateOfService = coded.dateOfService();
        claim.totalChargeCents = priced.totalChargeCents();
        claim.encounter = EventJson.write(coded);
        claim.createdAt = OffsetDateTime.now();
        for (ServiceLine line : priced.lines()) {
            ClaimLineEntity entity = new ClaimLineEntity();
            entity.id = UUID.randomUUID().toString();
            entity.claim = claim;
            entity.tenantId = tenant;
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
        return claim;
    }

    private void submit(ClaimEntity claim, EncounterCoded coded, BillingProvider provider, Payer payer,
            RenderingProvider rendering, EventEnvelope cause) {
        String senderId = submitter.senderIdFor(provider);
        long interchange = controlNumbers.next(claim.tenantId, ControlNumbers.INTERCHANGE,
                senderId + "/" + submitter.receiverId());
        claim.interchangeControlNumber = String.format("%09d", interchange);
        claim.x12 = ClaimInterchange.write(claim, coded, provider, payer, rendering, submitter, senderId);
        ClearinghouseClient.SubmissionReceipt receipt = clearinghouse.submit(claim.x12);
        claim.submittedAt = OffsetDateTime.now();
        claim.moveTo(ClaimStatus.SUBMITTED, "clearinghouse receipt " + receipt.submissionId());

        List<ServiceLine> lines = claim.lines.stream().map(l -> new ServiceLine(l.lineNumber, l.code,
                l.modifiers.isEmpty() ? List.of() : List.of(l.modifiers.split(",")), l.units,
                java.util.Arrays.stream(l.diagnosisPointers.split(",")).map(Integer::valueOf).toList(),
                l.chargeCents)).toList();
        outbox.publish(OutgoingEvent.of(claim.tenantId, claim.encounterId, "claim/" + claim.id,
                new ClaimSubmitted(claim.id, claim.encounterId, claim.patientControlNumber, claim.payerId,
                        coded.patient(), claim.dateOfService, claim.totalChargeCents, lines,
                        claim.interchangeControlNumber, provider.npi())).causedBy(cause));
    }
}
