package com.rcm.clearinghouse.service;

import com.rcm.clearinghouse.config.SimulatorConfig;
import com.rcm.clearinghouse.domain.ClaimDecision;
import com.rcm.clearinghouse.domain.CrossoverAgreement;
import com.rcm.clearinghouse.domain.ReceivedClaim;
import com.rcm.clearinghouse.domain.SupplementalPayer;
import com.rcm.clearinghouse.persistence.ClaimStates;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Crossovers ({@code simulator.crossovers}): a primary payer that decided a member's claim forwards it
 * to the member's supplemental payer, which decides it by its own rules from the primary's decision,
 * in the same transaction and under the same claim lock as the primary's. The supplemental payer
 * decides a claim once: not again when it decided it before (an earlier submission's crossover, or a
 * secondary claim the practice sent it), nor twice within one submission.
 */
@ApplicationScoped
@Startup
public class Crossovers {
    private final List<CrossoverAgreement> agreements;
    private final List<String> members;
    private final PayerAdjudication payers;
    private final ClaimStates claimStates;

    public Crossovers(SimulatorConfig config, PayerAdjudication payers, ClaimStates claimStates) {
        this.agreements = config.crossovers().orElse(List.of()).stream()
                .map(CrossoverAgreement::parse)
                .toList();
        this.members = config.members();
        this.payers = payers;
        this.claimStates = claimStates;
        for (CrossoverAgreement agreement : agreements) {
            if (payers.supplementalPayer(agreement.supplementalPayerId()).isEmpty()) {
                throw new IllegalStateException("crossover " + agreement + " names " + agreement.supplementalPayerId()
                        + ", which simulator.supplemental-payers does not list");
            }
        }
    }

    /**
     * @param decided     every decision of the submission, those forwarded marked with the payer they went to
     * @param crossedOver the supplemental payers' decisions on the forwarded claims; each claim's only
     *                    prior payer is the primary that forwarded it
     */
    public record Forwarded(List<ClaimDecision> decided, List<ClaimDecision> crossedOver) {}

    public Forwarded forward(List<ClaimDecision> decided) throws SQLException {
        List<ClaimDecision> marked = new ArrayList<>();
        List<ReceivedClaim> forwarded = new ArrayList<>();
        for (ClaimDecision decision : decided) {
            Optional<SupplementalPayer> to = supplementalPayerFor(decision);
            if (to.isEmpty()) {
                marked.add(decision);
                continue;
            }
            marked.add(decision.asForwardedTo(to.get()));
            String pcn = decision.claim().patientControlNumber();
            if (!decidedAlready(pcn, to.get().payerId(), decided, forwarded)) {
                forwarded.add(CrossoverAgreement.forwardedClaim(decision, to.get()));
            }
        }
        return new Forwarded(marked, payers.decide(forwarded));
    }

    /** The primary payer that forwarded a crossed-over claim: its only prior payer. */
    static String forwardedBy(ReceivedClaim crossedOver) {
        return crossedOver.priorPayers().get(0).payerId();
    }

    /** The payer the decision crosses over to: agreed for the member, who is that payer's member too. */
    private Optional<SupplementalPayer> supplementalPayerFor(ClaimDecision decision) {
        return agreements.stream()
                .filter(agreement -> agreement.covers(decision))
                .filter(agreement -> members.contains(
                        agreement.supplementalPayerId() + ":" + decision.claim().memberId()))
                .findFirst()
                .flatMap(agreement -> payers.supplementalPayer(agreement.supplementalPayerId()));
    }

    private boolean decidedAlready(
            String pcn, String payerId, List<ClaimDecision> decided, List<ReceivedClaim> forwarded)
            throws SQLException {
        boolean inThisSubmission = decided.stream()
                        .map(ClaimDecision::claim)
                        .anyMatch(claim -> claim.patientControlNumber().equals(pcn)
                                && claim.payerId().equals(payerId))
                || forwarded.stream()
                        .anyMatch(claim -> claim.patientControlNumber().equals(pcn)
                                && claim.payerId().equals(payerId));
        return inThisSubmission
                || claimStates
                        .find(pcn, payerId)
                        .filter(state -> state.state() == ClaimStates.State.DECIDED)
                        .isPresent();
    }
}
