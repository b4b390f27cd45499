package com.rcm.clearinghouse.service;

import com.rcm.clearinghouse.config.SimulatorConfig;
import com.rcm.clearinghouse.domain.ClaimDecision;
import com.rcm.clearinghouse.domain.CoordinationOfBenefits;
import com.rcm.clearinghouse.domain.MemberBenefits;
import com.rcm.clearinghouse.domain.PayerContract;
import com.rcm.clearinghouse.domain.PayerOrder;
import com.rcm.clearinghouse.domain.PayerRules;
import com.rcm.clearinghouse.domain.ReceivedClaim;
import com.rcm.clearinghouse.domain.SupplementalPayer;
import com.rcm.clearinghouse.domain.SupplementalRules;
import com.rcm.clearinghouse.persistence.SubmissionStore;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The payers behind the clearinghouse: each decides the claims its front end accepted by its contract
 * ({@code simulator.contracts.<payer>}), the member's benefits ({@code simulator.benefits.<member>}, with
 * the deductible met so far this plan year) and its denial rules, and as secondary or tertiary by its
 * {@link CoordinationOfBenefits} method from that decision and what the payers before it decided; a
 * supplemental payer ({@code simulator.supplemental-payers.<payer>}) by {@link SupplementalRules} from
 * what the payers before it decided. A void (frequency 8) is not decided again, so it is never paid
 * twice; the reversal of the earlier payment is not simulated.
 */
@ApplicationScoped
public class PayerAdjudication {
    private static final String ORIGINAL = "1";
    private static final String VOID = "8";

    private final SubmissionStore store;
    private final SimulatorConfig config;

    public PayerAdjudication(SubmissionStore store, SimulatorConfig config) {
        this.store = store;
        this.config = config;
    }

    public List<ClaimDecision> decide(List<ReceivedClaim> accepted) throws SQLException {
        List<ClaimDecision> decided = new ArrayList<>();
        for (ReceivedClaim claim : accepted) {
            if (VOID.equals(claim.frequencyCode())) {
                continue;
            }
            boolean duplicate = config.denyDuplicates()
                    && ORIGINAL.equals(claim.frequencyCode())
                    && !store.firstAdjudication(claim.fingerprint(), claim.patientControlNumber());
            Optional<SupplementalPayer> supplemental = supplementalPayer(claim.payerId());
            if (supplemental.isPresent()) {
                decided.add(new SupplementalRules(supplemental.get()).decide(claim, duplicate));
                continue;
            }
            int planYear = claim.lines().get(0).dateOfService().getYear();
            ClaimDecision asPrimary = rules(claim.payerId()).decide(claim, benefits(claim, planYear), duplicate);
            ClaimDecision decision = claim.payerOrder() == PayerOrder.PRIMARY
                    ? asPrimary
                    : cobMethod(claim.payerId()).coordinate(asPrimary);
            // After other payers the plan still credits its deductible with what it would have as primary
            // (the NAIC model rule), though the patient's share it reports may be less.
            if (!decision.denied() && asPrimary.deductibleCents() > 0) {
                store.addToDeductible(claim.payerId(), claim.memberId(), planYear, asPrimary.deductibleCents());
            }
            decided.add(decision);
        }
        return decided;
    }

    /** The payer as a supplemental payer, when it is one. */
    public Optional<SupplementalPayer> supplementalPayer(String payerId) {
        return Optional.ofNullable(config.supplementalPayers().get(payerId))
                .map(plan -> new SupplementalPayer(payerId, plan.name(), plan.coversPercent()));
    }

    /** Interest the payer adds to each payment (PLB L6), 0 when its contract says none. */
    public long interestCents(String payerId) {
        return contract(payerId).map(SimulatorConfig.Contract::interestCents).orElse(0L);
    }

    private CoordinationOfBenefits cobMethod(String payerId) {
        return contract(payerId).map(SimulatorConfig.Contract::cobMethod).orElse(CoordinationOfBenefits.STANDARD);
    }

    private PayerRules rules(String payerId) {
        Optional<SimulatorConfig.Contract> contract = contract(payerId);
        PayerContract terms = new PayerContract(
                contract.map(SimulatorConfig.Contract::feeSchedule).orElse(Map.of()),
                contract.flatMap(SimulatorConfig.Contract::allowedPercent).orElse(config.allowedPercent()),
                contract.flatMap(SimulatorConfig.Contract::coinsurancePercent).orElse(config.coinsurancePercent()));
        return new PayerRules(terms, Set.copyOf(config.nonCoveredCodes().orElse(List.of())));
    }

    private Optional<SimulatorConfig.Contract> contract(String payerId) {
        return Optional.ofNullable(config.contracts().get(payerId));
    }

    private MemberBenefits benefits(ReceivedClaim claim, int planYear) throws SQLException {
        return benefits(claim.payerId(), claim.memberId(), planYear);
    }

    /** The member's copay and what is left of the deductible in {@code planYear}: what a 271 reports too. */
    public MemberBenefits benefits(String payerId, String memberId, int planYear) throws SQLException {
        SimulatorConfig.Benefits plan = config.benefits().get(memberId);
        if (plan == null || supplementalPayer(payerId).isPresent()) {
            return MemberBenefits.NONE;
        }
        long met = store.deductibleMet(payerId, memberId, planYear);
        return new MemberBenefits(Math.max(0, plan.deductibleCents() - met), plan.copayCents());
    }

    /** The plan year's deductible in full, 0 when the member's plan has none (a supplemental plan has none). */
    public long deductibleCents(String payerId, String memberId) {
        SimulatorConfig.Benefits plan = config.benefits().get(memberId);
        return plan == null || supplementalPayer(payerId).isPresent() ? 0 : plan.deductibleCents();
    }

    /**
     * The share of the allowed amount the member pays after copay and deductible; with a supplemental
     * payer, the share of what the payers before it left that the member keeps.
     */
    public int coinsurancePercent(String payerId) {
        Optional<SupplementalPayer> supplemental = supplementalPayer(payerId);
        if (supplemental.isPresent()) {
            return 100 - supplemental.get().coversPercent();
        }
        return contract(payerId)
                .flatMap(SimulatorConfig.Contract::coinsurancePercent)
                .orElse(config.coinsurancePercent());
    }
}
