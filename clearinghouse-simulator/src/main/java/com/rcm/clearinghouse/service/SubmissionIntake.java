package com.rcm.clearinghouse.service;

import com.rcm.clearinghouse.config.SimulatorConfig;
import com.rcm.clearinghouse.domain.ClaimDecision;
import com.rcm.clearinghouse.domain.ReceivedClaim;
import com.rcm.clearinghouse.mapping.PayerRemittance;
import com.rcm.clearinghouse.mapping.ReceivedClaims;
import com.rcm.clearinghouse.persistence.ClaimStates;
import com.rcm.clearinghouse.persistence.RemittanceStore;
import com.rcm.clearinghouse.persistence.SubmissionStore;
import com.rcm.x12.InvalidX12Exception;
import com.rcm.x12.ack.AcknowledgementWriter;
import com.rcm.x12.ack.ClaimAcknowledgement;
import com.rcm.x12.ack.ClaimSyntaxCheck;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Takes an 837P interchange the way a clearinghouse does: acknowledges it (999), checks each claim
 * at the front end (277CA), has each payer decide the accepted ones (and a primary's crossovers
 * decided by the supplemental payer), and keeps one 835 per payer to deliver once the configured
 * delay has passed, a crossover's one delay after the primary's. A claim a payer has decided before
 * is acknowledged again but never paid twice: the submission, its 835s, each claim's decision and
 * the deductible it used commit together or not at all, and two submissions of one claim at once
 * take turns (a sender that timed out and sent again, a crash between the 835 and the decision record
 * would otherwise have the payer pay one claim twice).
 */
@ApplicationScoped
public class SubmissionIntake {
    private final SubmissionStore store;
    private final RemittanceStore remittances;
    private final SimulatorConfig config;
    private final FrontEndEdits frontEnd;
    private final PayerAdjudication payers;
    private final Crossovers crossovers;
    private final ClaimStates claimStates;

    public SubmissionIntake(
            SubmissionStore store,
            RemittanceStore remittances,
            SimulatorConfig config,
            FrontEndEdits frontEnd,
            PayerAdjudication payers,
            Crossovers crossovers,
            ClaimStates claimStates) {
        this.store = store;
        this.remittances = remittances;
        this.config = config;
        this.frontEnd = frontEnd;
        this.payers = payers;
        this.crossovers = crossovers;
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
        List<ReceivedClaim> claims = ReceivedClaims.read(interchange);
        long payees = claims.stream()
                .map(ReceivedClaim::billingProviderNpi)
                .distinct()
                .count();
        if (payees > 1) {
            throw new InvalidX12Exception(List.of("one submission may bill for one billing provider; batches across "
                    + "billing providers are not simulated"));
        }
        AcknowledgementWriter.Exchange exchange = exchange(syntax);
        claimStates.lockForDecision(
                claims.stream().map(ReceivedClaim::patientControlNumber).toList());
        String id = UUID.randomUUID().toString();
        store.save(id, interchange);
        List<ReceivedClaim> accepted = new ArrayList<>();
        int again = 0;
        List<AcknowledgementWriter.ClaimStatus> statuses = new ArrayList<>();
        List<String> heldMembers = config.heldMembers().orElse(List.of());
        for (ReceivedClaim claim : claims) {
            ClaimAcknowledgement ack = frontEnd.check(claim);
            if (!ack.accepted()) {
                claimStates.rejected(
                        claim.patientControlNumber(),
                        claim.payerId(),
                        id,
                        ack.category() + ":" + ack.statusCode(),
                        claim.chargeCents());
            } else if (heldMembers.contains(claim.payerId() + ":" + claim.memberId())) {
                claimStates.held(claim.patientControlNumber(), claim.payerId(), id, claim.chargeCents());
            } else if (decidedBefore(claim)) {
                again++;
            } else {
                accepted.add(claim);
            }
            statuses.add(new AcknowledgementWriter.ClaimStatus(
                    ack,
                    claim.billingProviderName(),
                    claim.billingProviderNpi(),
                    claim.patientLastName(),
                    claim.patientFirstName(),
                    claim.memberId(),
                    claim.chargeCents(),
                    claim.lines().get(0).dateOfService()));
        }
        Crossovers.Forwarded decided = crossovers.forward(payers.decide(accepted));
        Instant due = Instant.now().plus(config.remittanceDelay());
        Map<String, String> remittanceOfPayer = new HashMap<>();
        for (List<ClaimDecision> onePayers :
                byPayer(decided.decided(), claim -> "").values()) {
            remittanceOfPayer.put(onePayers.get(0).claim().payerId(), owe(id, onePayers, due, null));
        }
        // The supplemental payer answers a crossover once the primary's 835 is out, one delay later.
        for (List<ClaimDecision> crossed :
                byPayer(decided.crossedOver(), Crossovers::forwardedBy).values()) {
            owe(
                    id,
                    crossed,
                    due.plus(config.remittanceDelay()),
                    remittanceOfPayer.get(Crossovers.forwardedBy(crossed.get(0).claim())));
        }
        return new Taken(
                id,
                claims.size(),
                accepted.size() + again,
                AcknowledgementWriter.write999(exchange, List.of()),
                AcknowledgementWriter.write277ca(exchange, statuses));
    }

    /** The decisions per payer (and per {@code also}), in the order the claims came. */
    private static Map<String, List<ClaimDecision>> byPayer(
            List<ClaimDecision> decided, Function<ReceivedClaim, String> also) {
        Map<String, List<ClaimDecision>> byPayer = new LinkedHashMap<>();
        decided.forEach(decision -> byPayer.computeIfAbsent(
                        decision.claim().payerId() + "|" + also.apply(decision.claim()), payer -> new ArrayList<>())
                .add(decision));
        return byPayer;
    }

    /**
     * The 835 of one payer's {@code decided} claims, kept to deliver after {@code due} (and after the
     * 835 {@code afterRemittance}), and each claim's decision as the payer will answer a 276 about it.
     */
    private String owe(String submissionId, List<ClaimDecision> decided, Instant due, String afterRemittance)
            throws SQLException {
        String payerId = decided.get(0).claim().payerId();
        String x835 = PayerRemittance.write(
                decided, config.clearinghouseId(), store.nextTraceNumber(), payers.interestCents(payerId));
        String remittanceId = remittances.owe(submissionId, payerId, x835, due, afterRemittance);
        for (ClaimDecision decision : decided) {
            ReceivedClaim claim = decision.claim();
            claimStates.decided(
                    claim.patientControlNumber(),
                    payerId,
                    submissionId,
                    remittanceId,
                    claim.chargeCents(),
                    decision.paidCents(),
                    decision.denied());
        }
        return remittanceId;
    }

    /**
     * The same claim (its patient control number) the payer has decided already: a sender that crashed
     * after sending, before it recorded the send, sends it again. It is acknowledged as accepted again
     * and not adjudicated twice; the first decision's 835 answers it. (A correction is a replacement
     * claim with a number of its own, and a claim rejected at the front end was never decided.)
     */
    private boolean decidedBefore(ReceivedClaim claim) throws SQLException {
        return claimStates
                .find(claim.patientControlNumber(), claim.payerId())
                .filter(state -> state.state() == ClaimStates.State.DECIDED)
                .isPresent();
    }

    /** A 999 that rejects the transaction set with its IK3/IK4 errors; no claim goes on to the payer. */
    private Taken rejected(String interchange, ClaimSyntaxCheck.Result syntax) throws SQLException {
        String id = UUID.randomUUID().toString();
        store.save(id, interchange);
        return new Taken(
                id, syntax.claims(), 0, AcknowledgementWriter.write999(exchange(syntax), syntax.errors()), null);
    }

    /** Who the acknowledgements go to and the group and transaction control numbers they answer. */
    private AcknowledgementWriter.Exchange exchange(ClaimSyntaxCheck.Result syntax) throws SQLException {
        return new AcknowledgementWriter.Exchange(
                config.clearinghouseId(),
                "SIM CLEARINGHOUSE",
                syntax.senderId(),
                syntax.groupControlNumber(),
                syntax.transactionControlNumber(),
                store.nextTraceNumber());
    }
}
