package com.rcm.clearinghouse.config;

import com.rcm.clearinghouse.domain.CoordinationOfBenefits;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** How the simulated payer adjudicates and how soon its 835 follows. */
@ConfigMapping(prefix = "simulator")
public interface SimulatorConfig {
    int allowedPercent();

    int coinsurancePercent();

    Duration remittanceDelay();

    @WithDefault("SIMCLEARING")
    String clearinghouseId();

    /** Payer ids the clearinghouse routes to; a claim for any other is rejected in the 277CA (A3:116). */
    @WithDefault("SIMCOMM,SIMMCARE,SIMSUPP")
    List<String> payers();

    /** Members each payer knows, as payerId:memberId; a claim for any other is rejected in the 277CA (A3:33). */
    @WithDefault("SIMCOMM:M123456,SIMMCARE:M123456")
    List<String> members();

    /**
     * Members whose coverage has ended, as payerId:memberId: a 270 for them is answered inactive (271
     * EB*6). Their claims still go through the front end as the members list says.
     */
    Optional<List<String>> inactiveMembers();

    /**
     * Members whose claims the payer sits on, as payerId:memberId: accepted at the front end but never
     * decided, so no 835 comes; a 276 about them is answered pending (P1:20).
     */
    Optional<List<String>> heldMembers();

    /** Per payer id, its contract where it differs from the percentages above. */
    Map<String, Contract> contracts();

    /** Per member id, the plan's benefits; a member not listed has no deductible and no copay. */
    Map<String, Benefits> benefits();

    /**
     * Per payer id, the payers that pay only after others: they decide by {@code SupplementalRules}
     * rather than by a contract. A payer listed here must be in {@link #payers()} too.
     */
    Map<String, Supplemental> supplementalPayers();

    /**
     * Members whose primary payer forwards their claims, once decided, to their supplemental payer, as
     * {@code primaryPayer:memberId>supplementalPayer} (a crossover: CLP02 19 and NM1*TT in the
     * primary's 835, then the supplemental payer's own 835). The member must be in {@link #members()}
     * under both payers.
     */
    Optional<List<String>> crossovers();

    /** A supplemental payer: the share of what prior payers left to the patient that it pays, and its name. */
    interface Supplemental {
        /** Percent of the patient's remaining share the plan pays; the patient keeps the rest. */
        int coversPercent();

        /** The plan's name where an 835 names it without a claim having named it (a crossover's NM1*TT). */
        String name();
    }

    /** Deny a claim that bills the same member, date and services as one adjudicated before (CO-18). */
    @WithDefault("false")
    boolean denyDuplicates();

    /**
     * A payer's contract: allowed amounts and coinsurance, interest it adds to each payment, and how it
     * pays as secondary or tertiary.
     */
    interface Contract {
        /** Allowed cents per procedure code; a code not listed is allowed at the percent of its charge. */
        Map<String, Long> feeSchedule();

        Optional<Integer> allowedPercent();

        Optional<Integer> coinsurancePercent();

        /** Interest added to each payment as a provider-level adjustment (PLB L6), in cents; 0 for none. */
        @WithDefault("0")
        long interestCents();

        /** How it pays a claim sent to it after other payers (SBR01 S or T): standard or non-duplication. */
        @WithDefault("standard")
        CoordinationOfBenefits cobMethod();
    }

    /** A member's benefits for the plan year: the deductible and the copay per office visit. */
    interface Benefits {
        @WithDefault("0")
        long deductibleCents();

        @WithDefault("0")
        long copayCents();
    }

    /** Codes the payer's plans do not cover: such a line is denied CO-96 with RARC N130. */
    Optional<List<String>> nonCoveredCodes();

    /** Off in a setup where nothing should be sent to payments-service. */
    boolean deliveryEnabled();

    /**
     * The client secret quarkus-oidc-client sends for the token to call payments-service. Mapped here
     * because the OIDC client reads it only at the first 835: a deployment without it must fail at start.
     */
    String clientSecret();
}
