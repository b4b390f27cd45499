package com.rcm.clearinghouse.service;

import com.rcm.clearinghouse.config.SimulatorConfig;
import com.rcm.clearinghouse.domain.ClaimDecision;
import com.rcm.clearinghouse.domain.ReceivedClaim;
import com.rcm.clearinghouse.persistence.ClaimStates;
import com.rcm.clearinghouse.persistence.SubmissionStore;
import com.rcm.clearinghouse.x12.ClaimReader;
import com.rcm.clearinghouse.x12.ClaimSyntaxCheck;
import com.rcm.clearinghouse.x12.RemittanceWriter;
import com.rcm.x12.InvalidX12Exception;
import com.rcm.x12.ack.AcknowledgementWriter;
import com.rcm.x12.ack.ClaimAcknowledgement;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Takes an 837P interchange the way a clearinghouse does: acknowledges it (999), checks each claim
 * at the front end (277CA), adjudicates the accepted ones the way the payer would, and keeps the
 * 835 that will answer them once the configured delay has passed. A claim it has decided before is
 * acknowledged again but never paid twice: the submission, its 835, each claim's decision and the
 * deductible it used commit together or not at all, and two submissions of one claim at once take
 * turns (a sender that timed out and sent again, a crash between the 835 and the decision record
 * would otherwise have the payer pay one claim twice).
 */
@ApplicationScoped
public class SubmissionIntake {
    private final SubmissionStore store;
    private final SimulatorConfig config;
    private final FrontEndEdits frontEnd;
    private final PayerAdjudication payers;
    private final ClaimStates claimStates;

    public SubmissionIntake(SubmissionStore store, SimulatorConfig config, FrontEndEdits frontEnd,
            PayerAdjudication payers, ClaimStates claimStates) {
        this.store = store;
        this.config = config;
        this.frontEnd = frontEnd;
        this.payers = payers;
        this.claimStates = claimStates;
    }

    public record Taken(String submissionId, int claims, int accepted, String ack999, String ack277ca) {

        /** The 999 rejected the transaction set, so no 277CA follows. */
        public boolean rejected() {
            return ack277ca == null;
        }
    }

    @Transactional(rollbackOn = Exception.class)
    public Taken take(String interchange) throws SQLException {
        ClaimSyntaxCheck.Result syntax = ClaimSyntaxCheck.check(interchange);
        if (!syntax.errors().isEmpty()) {
            return rejected(interchange, syntax);
        }
        List<ReceivedClaim> claims = ClaimReader.read(interchange);
        long payees = claims.stream().map(ReceivedClaim::billingProviderNpi).distinct().count();
        if (payees > 1) {
            throw new InvalidX12Exception(List.of("one submission may bill for one billing provider; batches across "
                    + "billing providers are not simulated"));
        }
        AcknowledgementWriter.Exchange exchange = exchange(syntax);
        claimStates.lockForDecision(claims.stream().map(ReceivedClaim::patientControlNumber).toList());
        List<ReceivedClaim> accepted = new ArrayList<>();
        List<ReceivedClaim> held = new ArrayList<>();
        List<ReceivedClaim> again = new ArrayList<>();
        List<ClaimAcknowledgement> rejected = new ArrayList<>();
        List<AcknowledgementWriter.ClaimStatus> statuses = new ArrayList<>();
        List<String> heldMembers = config.heldMembers().orElse(List.of());
        for (ReceivedClaim claim : claims) {
            ClaimAcknowledgement ack = frontEnd.check(claim);
            if (!ack.accepted()) {
                rejected.add(ack);
            } else if (heldMembers.contains(claim.payerId() + ":" + claim.memberId())) {
                held.add(claim);
            } else if (decidedBefore(claim)) {
                again.add(claim);
            } else {
                accepted.add(claim);
            }
            statuses.add(new AcknowledgementWriter.ClaimStatus(ack, claim.billingProviderName(),
                    claim.billingProviderNpi(), claim.patientLastName(), claim.patientFirstName(), claim.memberId(),
                    claim.chargeCents(), claim.lines().get(0).dateOfService()));
        }
        List<ClaimDecision> decided = payers.decide(accepted);
        String remittance = decided.isEmpty() ? null : RemittanceWriter.write(decided, config.clearinghouseId(),
                store.nextTraceNumber(), payers::interestCents);
        String id = UUID.randomUUID().toString();
        store.save(id, interchange, remittance, Instant.now().plus(config.remittanceDelay()));
        remember(id, claims, rejected, held, decided);
        return new Taken(id, claims.size(), accepted.size() + again.size(),
                AcknowledgementWriter.write999(exchange, List.of()),
                AcknowledgementWriter.write277ca(exchange, statuses));
    }

    /**
     * The same claim (its patient control number) the payer has decided already: a sender that crashed
     * after sending, before it recorded the send, sends it again. It is acknowledged as accepted again
     * and not adjudicated twice; the first decision's 835 answers it. (A correction is a replacement
     * claim with a number of its own, and a claim rejected at the front end was never decided.)
     */
    private boolean decidedBefore(ReceivedClaim claim) throws SQLException {
        return claimStates.find(claim.patientControlNumber())
                .filter(state -> state.state() == ClaimStates.State.DECIDED).isPresent();
    }

    /** What the payer will answer a 276 about each claim with. */
    private void remember(String submissionId, List<ReceivedClaim> claims, List<ClaimAcknowledgement> rejected,
            List<ReceivedClaim> held, List<ClaimDecision> decided) throws SQLException {
        for (ClaimAcknowledgement ack : rejected) {
            ReceivedClaim claim = claims.stream()
                    .filter(c -> c.patientControlNumber().equals(ack.patientControlNumber())).findFirst().orElseThrow();
            claimStates.record(claim.patientControlNumber(), claim.payerId(), submissionId, ClaimStates.State.REJECTED,
                    ack.category() + ":" + ack.statusCode(), claim.chargeCents(), 0, false);
        }
        for (ReceivedClaim claim : held) {
            claimStates.record(claim.patientControlNumber(), claim.payerId(), submissionId, ClaimStates.State.HELD,
                    null, claim.chargeCents(), 0, false);
        }
        for (ClaimDecision decision : decided) {
            ReceivedClaim claim = decision.claim();
            claimStates.record(claim.patientControlNumber(), claim.payerId(), submissionId, ClaimStates.State.DECIDED,
                    null, claim.chargeCents(), decision.paidCents(), decision.denied());
        }
    }

    /** A 999 that rejects the transaction set with its IK3/IK4 errors; no claim goes on to the payer. */
    private Taken rejected(String interchange, ClaimSyntaxCheck.Result syntax) throws SQLException {
        String id = UUID.randomUUID().toString();
        store.save(id, interchange, null, Instant.now());
        return new Taken(id, syntax.claims(), 0, AcknowledgementWriter.write999(exchange(syntax), syntax.errors()),
                null);
    }

    /** Who the acknowledgements go to and the group and transaction control numbers they answer. */
    private AcknowledgementWriter.Exchange exchange(ClaimSyntaxCheck.Result syntax) throws SQLException {
        return new AcknowledgementWriter.Exchange(config.clearinghouseId(), "SIM CLEARINGHOUSE", syntax.senderId(),
                syntax.groupControlNumber(), syntax.transactionControlNumber(), store.nextTraceNumber());
    }
}
