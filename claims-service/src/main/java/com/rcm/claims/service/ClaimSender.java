package com.rcm.claims.service;

import com.rcm.claims.client.Clearinghouse;
import com.rcm.claims.client.ClearinghouseClient;
import com.rcm.claims.domain.BillingProviderSetup;
import com.rcm.claims.domain.ClaimStatus;
import com.rcm.claims.persistence.ClaimEntity;
import com.rcm.claims.persistence.ClaimRepository;
import com.rcm.claims.persistence.OutgoingInterchangeEntity;
import com.rcm.claims.persistence.OutgoingInterchangeRepository;
import com.rcm.claims.persistence.PracticeSetupRepository;
import com.rcm.claims.persistence.StatusWatch;
import com.rcm.claims.persistence.SubmissionQueue;
import com.rcm.events.EventJson;
import com.rcm.events.payload.ClaimSubmitted;
import com.rcm.events.payload.Coverage;
import com.rcm.events.payload.EncounterCoded;
import com.rcm.events.payload.ServiceLine;
import com.rcm.platform.outbox.Outbox;
import com.rcm.platform.outbox.OutgoingEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Sends a kept 837P interchange to the clearinghouse, announces each of its claims, and applies the 999
 * and 277CA of the receipt to each. Runs in the caller's transaction: if the clearinghouse cannot be
 * reached, or its answer is lost, nothing changes and the same interchange, under the same ISA13, is
 * sent again later.
 */
@ApplicationScoped
public class ClaimSender {
    private final ClaimRepository claims;
    private final PracticeSetupRepository setup;
    private final OutgoingInterchangeRepository interchanges;
    private final SubmissionQueue queue;
    private final Clearinghouse clearinghouse;
    private final Outbox outbox;
    private final ClearinghouseAcknowledgements acknowledgements;
    private final StatusWatch statusWatch;

    public ClaimSender(
            ClaimRepository claims,
            PracticeSetupRepository setup,
            OutgoingInterchangeRepository interchanges,
            SubmissionQueue queue,
            Clearinghouse clearinghouse,
            Outbox outbox,
            ClearinghouseAcknowledgements acknowledgements,
            StatusWatch statusWatch) {
        this.claims = claims;
        this.setup = setup;
        this.interchanges = interchanges;
        this.queue = queue;
        this.clearinghouse = clearinghouse;
        this.outbox = outbox;
        this.acknowledgements = acknowledgements;
        this.statusWatch = statusWatch;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void send(String tenant, BillingProviderSetup provider, String interchangeId) {
        Optional<OutgoingInterchangeEntity> unsent = interchanges.lockUnsent(interchangeId);
        if (unsent.isEmpty()) {
            return; // another sender holds it, or it was answered meanwhile
        }
        OutgoingInterchangeEntity interchange = unsent.get();
        List<ClaimEntity> inIt = claims.byIds(queue.claimsOf(interchangeId));
        ClearinghouseClient.SubmissionReceipt receipt = clearinghouse.submit(interchange.x12);
        interchange.sentAt = OffsetDateTime.now();
        interchange.submissionId = receipt.submissionId();
        interchange.ack999 = receipt.ack999();
        interchange.ack277ca = receipt.ack277ca();
        queue.answered(interchangeId);
        ClearinghouseAcknowledgements.Answer answer =
                ClearinghouseAcknowledgements.read(receipt.ack999(), receipt.ack277ca());
        String batch = inIt.size() == 1 ? "" : ", in a batch of " + inIt.size();
        for (ClaimEntity claim :
                inIt.stream().filter(c -> c.status == ClaimStatus.READY).toList()) {
            claim.submittedAt = interchange.sentAt;
            claim.moveTo(ClaimStatus.SUBMITTED, "clearinghouse receipt " + receipt.submissionId() + batch);
            announce(claim, EventJson.read(claim.encounter, EncounterCoded.class), provider);
            acknowledgements.apply(claim, answer);
            if (claim.status.awaitingPayer()) {
                // Asked about (276) if the payer stays quiet for its number of days.
                setup.payer(claim.payerId)
                        .ifPresent(payer -> statusWatch.watch(
                                tenant, claim.id, claim.submittedAt.plusDays(payer.statusInquiryDays())));
            }
        }
    }

    private void announce(ClaimEntity claim, EncounterCoded coded, BillingProviderSetup provider) {
        List<ServiceLine> lines = claim.lines.stream()
                .map(l -> new ServiceLine(
                        l.lineNumber,
                        l.code,
                        l.modifiers.isEmpty() ? List.of() : List.of(l.modifiers.split(",")),
                        l.units,
                        Arrays.stream(l.diagnosisPointers.split(","))
                                .map(Integer::valueOf)
                                .toList(),
                        l.chargeCents))
                .toList();
        String nextPayerId = coded.coverages().stream()
                .filter(c -> c.order() == claim.coverageOrder + 1)
                .map(Coverage::payerId)
                .findFirst()
                .orElse(null);
        ClaimSubmitted submitted = new ClaimSubmitted(
                claim.id,
                claim.encounterId,
                claim.patientControlNumber,
                claim.payerId,
                coded.patient(),
                claim.dateOfService,
                claim.totalChargeCents,
                lines,
                claim.interchangeControlNumber,
                provider.npi(),
                claim.coverageOrder,
                nextPayerId);
        outbox.publish(new OutgoingEvent(
                claim.tenantId,
                claim.encounterId,
                "claim/" + claim.id,
                submitted,
                claim.correlationId,
                claim.causationId));
    }
}
