package com.rcm.claims.service;

import com.rcm.claims.client.Clearinghouse;
import com.rcm.claims.client.ClearinghouseClient;
import com.rcm.claims.domain.BillingProvider;
import com.rcm.claims.domain.ClaimStatus;
import com.rcm.claims.domain.Payer;
import com.rcm.claims.domain.RenderingProvider;
import com.rcm.claims.persistence.ClaimEntity;
import com.rcm.claims.persistence.ClaimRepository;
import com.rcm.claims.persistence.ControlNumbers;
import com.rcm.claims.persistence.PracticeSetupRepository;
import com.rcm.claims.persistence.StatusWatch;
import com.rcm.claims.scrub.ScrubRule;
import com.rcm.claims.x12.ClaimInterchange;
import com.rcm.claims.x12.SubmitterConfig;
import com.rcm.events.EventJson;
import com.rcm.events.payload.ClaimSubmitted;
import com.rcm.events.payload.EncounterCoded;
import com.rcm.events.payload.ServiceLine;
import com.rcm.platform.outbox.Outbox;
import com.rcm.platform.outbox.OutgoingEvent;
import com.rcm.x12.X12Exception;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Sends READY claims of one practice to the clearinghouse as one 837P interchange with a fresh
 * interchange control number, announces each, and applies the 999 and 277CA of the receipt to each.
 * A claim the implementation guide does not allow is held on its own, so it cannot spoil the batch.
 * Runs in the caller's transaction: if the clearinghouse cannot be reached, nothing changes and the
 * claims are sent again later.
 */
@ApplicationScoped
public class ClaimSender {
    private final ClaimRepository claims;
    private final PracticeSetupRepository setup;
    private final ControlNumbers controlNumbers;
    private final Clearinghouse clearinghouse;
    private final SubmitterConfig submitter;
    private final Outbox outbox;
    private final ClearinghouseAcknowledgements acknowledgements;
    private final StatusWatch statusWatch;

    public ClaimSender(ClaimRepository claims, PracticeSetupRepository setup, ControlNumbers controlNumbers,
            Clearinghouse clearinghouse, SubmitterConfig submitter, Outbox outbox,
            ClearinghouseAcknowledgements acknowledgements, StatusWatch statusWatch) {
        this.claims = claims;
        this.setup = setup;
        this.controlNumbers = controlNumbers;
        this.clearinghouse = clearinghouse;
        this.submitter = submitter;
        this.outbox = outbox;
        this.acknowledgements = acknowledgements;
        this.statusWatch = statusWatch;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void send(String tenant, BillingProvider provider, List<ClaimEntity> ready) {
        String senderId = submitter.senderIdFor(provider);
        List<ClaimInterchange.Outgoing> sendable = new ArrayList<>();
        for (ClaimEntity claim : ready) {
            outgoing(claim).ifPresent(sendable::add);
        }
        if (sendable.isEmpty()) {
            return;
        }
        int controlNumber = Math.toIntExact(controlNumbers.next(tenant, ControlNumbers.INTERCHANGE,
                submitter.interchangeScope(senderId)));
        String x12;
        try {
            x12 = ClaimInterchange.write(sendable, provider, submitter, senderId, controlNumber);
        } catch (X12Exception | IllegalArgumentException | DateTimeException e) {
            // Some claim breaks the guide (a date X12 cannot write, say): find it, hold it on its own, and
            // send the others, so one bad claim never holds up its practice's batch.
            sendable = sendable.stream().filter(claim -> followsTheGuide(claim, provider, senderId)).toList();
            if (sendable.isEmpty()) {
                return;
            }
            x12 = ClaimInterchange.write(sendable, provider, submitter, senderId, controlNumber);
        }
        ClearinghouseClient.SubmissionReceipt receipt = clearinghouse.submit(x12);
        String batch = sendable.size() == 1 ? "" : ", in a batch of " + sendable.size();
        for (ClaimInterchange.Outgoing sent : sendable) {
            ClaimEntity claim = sent.claim();
            claim.interchangeControlNumber = String.format("%09d", controlNumber);
            claim.x12 = x12;
            claim.submittedAt = OffsetDateTime.now();
            claim.moveTo(ClaimStatus.SUBMITTED, "clearinghouse receipt " + receipt.submissionId() + batch);
            announce(claim, sent.encounter(), provider);
            acknowledgements.apply(claim, receipt.ack999(), receipt.ack277ca());
            if (claim.status.awaitingPayer()) {
                // Asked about (276) if the payer stays quiet for its number of days.
                statusWatch.watch(tenant, claim.id, claim.submittedAt.plusDays(sent.payer().statusInquiryDays()));
            }
        }
    }

    /** The claim with what its 837P needs, or empty when it was held instead. */
    private Optional<ClaimInterchange.Outgoing> outgoing(ClaimEntity claim) {
        EncounterCoded coded = EventJson.read(claim.encounter, EncounterCoded.class);
        Optional<Payer> payer = setup.payer(coded.coverage().payerId());
        Optional<RenderingProvider> rendering = setup.renderingProvider(coded.renderingProviderNpi());
        if (payer.isEmpty() || rendering.isEmpty()) {
            hold(claim, payer.isEmpty() ? ScrubRule.PAYER_NOT_SET_UP : ScrubRule.RENDERING_PROVIDER_NOT_SET_UP,
                    "the practice setup changed after the claim was scrubbed; resubmit it");
            return Optional.empty();
        }
        String prior = claim.replacesClaimId == null ? null
                : claims.findById(claim.replacesClaimId).payerClaimControlNumber;
        return Optional.of(new ClaimInterchange.Outgoing(claim, coded, payer.get(), rendering.get(), prior));
    }

    /** False, and the claim held, when the guide refuses the claim's data though the scrubber let it through. */
    private boolean followsTheGuide(ClaimInterchange.Outgoing outgoing, BillingProvider provider, String senderId) {
        Optional<String> problem = ClaimInterchange.guideProblem(outgoing, provider, submitter, senderId);
        problem.ifPresent(reason -> hold(outgoing.claim(), ScrubRule.IMPLEMENTATION_GUIDE,
                reason + "; correct the claim's data and resubmit"));
        return problem.isEmpty();
    }

    private static void hold(ClaimEntity claim, ScrubRule rule, String fix) {
        claim.scrubFindings = EventJson.write(List.of(rule.finding("x12", fix)));
        claim.moveTo(ClaimStatus.HELD, "held: " + rule + " " + fix);
    }

    private void announce(ClaimEntity claim, EncounterCoded coded, BillingProvider provider) {
        List<ServiceLine> lines = claim.lines.stream().map(l -> new ServiceLine(l.lineNumber, l.code,
                l.modifiers.isEmpty() ? List.of() : List.of(l.modifiers.split(",")), l.units,
                Arrays.stream(l.diagnosisPointers.split(",")).map(Integer::valueOf).toList(),
                l.chargeCents)).toList();
        ClaimSubmitted submitted = new ClaimSubmitted(claim.id, claim.encounterId, claim.patientControlNumber,
                claim.payerId, coded.patient(), claim.dateOfService, claim.totalChargeCents, lines,
                claim.interchangeControlNumber, provider.npi());
        outbox.publish(new OutgoingEvent(claim.tenantId, claim.encounterId, "claim/" + claim.id, submitted,
                claim.correlationId, claim.causationId));
    }
}
