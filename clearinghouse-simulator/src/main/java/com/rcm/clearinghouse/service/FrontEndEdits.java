package com.rcm.clearinghouse.service;

import com.rcm.clearinghouse.config.SimulatorConfig;
import com.rcm.clearinghouse.domain.PriorPayerBalance;
import com.rcm.clearinghouse.domain.ReceivedClaim;
import com.rcm.x12.ack.ClaimAcknowledgement;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * The clearinghouse's and payer's front-end check of each claim, reported in the 277CA: a payer it
 * does not route to, a member the payer does not know, or prior payers' loops (2320/2430) that do not
 * balance reject the claim before adjudication.
 */
@ApplicationScoped
public class FrontEndEdits {
    /** Claim status codes (code list 508) the simulator answers with. */
    static final String ACCEPTED_FOR_PROCESSING = "20";

    static final String INCORRECT_PAYER = "116";
    static final String SUBSCRIBER_NOT_FOUND = "33";
    static final String CLAIM_OUT_OF_BALANCE = "400";

    private final SimulatorConfig config;

    public FrontEndEdits(SimulatorConfig config) {
        this.config = config;
    }

    public ClaimAcknowledgement check(ReceivedClaim claim) {
        String pcn = claim.patientControlNumber();
        if (!config.payers().contains(claim.payerId())) {
            return new ClaimAcknowledgement(
                    pcn,
                    "A3",
                    INCORRECT_PAYER,
                    "payer " + claim.payerId() + " is not a payer this clearinghouse routes to");
        }
        if (!config.members().contains(claim.payerId() + ":" + claim.memberId())) {
            return new ClaimAcknowledgement(
                    pcn,
                    "A3",
                    SUBSCRIBER_NOT_FOUND,
                    "subscriber " + claim.memberId() + " not found at " + claim.payerId());
        }
        Optional<String> imbalance = PriorPayerBalance.firstImbalance(claim);
        if (imbalance.isPresent()) {
            // No colon in STC12: it is the 277CA's component separator.
            return new ClaimAcknowledgement(pcn, "A3", CLAIM_OUT_OF_BALANCE, "COB out of balance, " + imbalance.get());
        }
        return new ClaimAcknowledgement(pcn, "A2", ACCEPTED_FOR_PROCESSING, null);
    }
}
