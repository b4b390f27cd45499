package com.rcm.claims.service;

import com.rcm.claims.domain.BillingProviderSetup;
import com.rcm.claims.domain.ClaimStatus;
import com.rcm.claims.domain.PayerDecision;
import com.rcm.claims.domain.PayerSetup;
import com.rcm.claims.domain.RenderingProviderSetup;
import com.rcm.claims.persistence.ClaimEntity;
import com.rcm.claims.persistence.ClaimRepository;
import com.rcm.claims.persistence.ControlNumbers;
import com.rcm.claims.persistence.OutgoingInterchangeEntity;
import com.rcm.claims.persistence.OutgoingInterchangeRepository;
import com.rcm.claims.persistence.PracticeSetupRepository;
import com.rcm.claims.persistence.SubmissionQueue;
import com.rcm.claims.scrub.ScrubRule;
import com.rcm.claims.x12.ClaimInterchange;
import com.rcm.claims.x12.SubmitterConfig;
import com.rcm.events.EventJson;
import com.rcm.events.payload.Coverage;
import com.rcm.events.payload.EncounterCoded;
import com.rcm.x12.X12Exception;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Writes READY claims of one practice into one 837P batch, an interchange ({@link ClaimInterchange}) with
 * a fresh interchange control number, and keeps it for {@link ClaimSender} to send. A claim the
 * implementation guide does not allow is held on its own, so it cannot spoil the batch. Runs in the
 * caller's transaction.
 */
@ApplicationScoped
public class ClaimBatchWriter {
    private final ClaimRepository claims;
    private final PracticeSetupRepository setup;
    private final ControlNumbers controlNumbers;
    private final SubmitterConfig submitter;
    private final OutgoingInterchangeRepository interchanges;
    private final SubmissionQueue queue;

    public ClaimBatchWriter(
            ClaimRepository claims,
            PracticeSetupRepository setup,
            ControlNumbers controlNumbers,
            SubmitterConfig submitter,
            OutgoingInterchangeRepository interchanges,
            SubmissionQueue queue) {
        this.claims = claims;
        this.setup = setup;
        this.controlNumbers = controlNumbers;
        this.submitter = submitter;
        this.interchanges = interchanges;
        this.queue = queue;
    }

    /**
     * The id of the interchange kept, its claims now waiting in the queue for its answer; empty when
     * every claim was held. The claims must be in the submission queue.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<String> write(String tenant, BillingProviderSetup provider, List<ClaimEntity> ready) {
        String senderId = submitter.senderIdFor(provider);
        List<ClaimInterchange.Outgoing> sendable = new ArrayList<>();
        for (ClaimEntity claim : ready) {
            outgoing(claim).ifPresent(sendable::add);
        }
        if (sendable.isEmpty()) {
            return Optional.empty();
        }
        int controlNumber = Math.toIntExact(
                controlNumbers.next(tenant, ControlNumbers.INTERCHANGE, submitter.interchangeScope(senderId)));
        String x12;
        try {
            x12 = ClaimInterchange.write(sendable, provider, submitter, senderId, controlNumber);
        } catch (X12Exception | IllegalArgumentException | DateTimeException e) {
            // Some claim breaks the guide (a date X12 cannot write, say): find it, hold it on its own, and
            // send the others, so one bad claim never holds up its practice's batch.
            sendable = sendable.stream()
                    .filter(claim -> followsTheGuide(claim, provider, senderId))
                    .toList();
            if (sendable.isEmpty()) {
                return Optional.empty();
            }
            x12 = ClaimInterchange.write(sendable, provider, submitter, senderId, controlNumber);
        }
        OutgoingInterchangeEntity interchange = new OutgoingInterchangeEntity();
        interchange.id = UUID.randomUUID().toString();
        interchange.tenantId = tenant;
        interchange.controlNumber = String.format("%09d", controlNumber);
        interchange.x12 = x12;
        interchange.createdAt = OffsetDateTime.now();
        interchanges.persist(interchange);
        for (ClaimInterchange.Outgoing written : sendable) {
            written.claim().interchangeControlNumber = interchange.controlNumber;
            written.claim().interchangeId = interchange.id;
        }
        queue.writtenInto(sendable.stream().map(o -> o.claim().id).toList(), interchange.id);
        return Optional.of(interchange.id);
    }

    /** The claim with what its 837P needs, or empty when it was held instead. */
    private Optional<ClaimInterchange.Outgoing> outgoing(ClaimEntity claim) {
        EncounterCoded coded = EventJson.read(claim.encounter, EncounterCoded.class);
        Optional<PayerSetup> payer = setup.payer(coded.coverage().payerId());
        Optional<RenderingProviderSetup> rendering = setup.renderingProvider(coded.renderingProviderNpi());
        if (payer.isEmpty() || rendering.isEmpty()) {
            hold(
                    claim,
                    payer.isEmpty() ? ScrubRule.PAYER_NOT_SET_UP : ScrubRule.RENDERING_PROVIDER_NOT_SET_UP,
                    "the practice setup changed after the claim was scrubbed; resubmit it");
            return Optional.empty();
        }
        String prior =
                claim.replacesClaimId == null ? null : claims.findById(claim.replacesClaimId).payerClaimControlNumber;
        Optional<List<ClaimInterchange.PriorPayer>> priorPayers = priorPayers(claim, coded);
        if (priorPayers.isEmpty()) {
            hold(
                    claim,
                    ScrubRule.PAYER_NOT_SET_UP,
                    "an earlier payer of this claim is not set up or its decision "
                            + "is missing; set the payer up and resubmit");
            return Optional.empty();
        }
        return Optional.of(
                new ClaimInterchange.Outgoing(claim, coded, payer.get(), rendering.get(), prior, priorPayers.get()));
    }

    /**
     * The payers that decided before this claim's payer, primary first, each with its decision as posted;
     * empty when one of them is not set up or its decision is not kept.
     */
    private Optional<List<ClaimInterchange.PriorPayer>> priorPayers(ClaimEntity claim, EncounterCoded coded) {
        List<ClaimInterchange.PriorPayer> priors = new ArrayList<>();
        for (String id = claim.priorClaimId; id != null; ) {
            ClaimEntity prior = claims.findById(id);
            Optional<Coverage> coverage = prior == null
                    ? Optional.empty()
                    : coded.coverages().stream()
                            .filter(c -> c.order() == prior.coverageOrder)
                            .findFirst();
            Optional<PayerSetup> payer = prior == null ? Optional.empty() : setup.payer(prior.payerId);
            if (coverage.isEmpty() || payer.isEmpty() || prior.payerDecision == null) {
                return Optional.empty();
            }
            priors.add(
                    0,
                    new ClaimInterchange.PriorPayer(
                            coverage.get(), payer.get(), EventJson.read(prior.payerDecision, PayerDecision.class)));
            id = prior.priorClaimId;
        }
        return Optional.of(priors);
    }

    /** False, and the claim held, when the guide refuses the claim's data though the scrubber let it through. */
    private boolean followsTheGuide(
            ClaimInterchange.Outgoing outgoing, BillingProviderSetup provider, String senderId) {
        Optional<String> problem = ClaimInterchange.guideProblem(outgoing, provider, submitter, senderId);
        problem.ifPresent(reason -> hold(
                outgoing.claim(), ScrubRule.IMPLEMENTATION_GUIDE, reason + "; correct the claim's data and resubmit"));
        return problem.isEmpty();
    }

    private static void hold(ClaimEntity claim, ScrubRule rule, String fix) {
        claim.scrubFindings = EventJson.write(List.of(rule.finding("x12", fix)));
        claim.moveTo(ClaimStatus.HELD, "held: " + rule + " " + fix);
    }
}
