package com.rcm.clearinghouse.service;

import com.rcm.clearinghouse.config.SimulatorConfig;
import com.rcm.clearinghouse.domain.MemberBenefits;
import com.rcm.clearinghouse.mapping.InquiryReplies;
import com.rcm.clearinghouse.persistence.SubmissionStore;
import com.rcm.x12.InterchangeEnvelope;
import com.rcm.x12.eligibility.EligibilityInquiry;
import com.rcm.x12.eligibility.EligibilityResponse;
import com.rcm.x12.eligibility.EligibilityWriter;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.util.List;

/**
 * Answers a 270 the way the payer will later adjudicate: a member it does not know is not found
 * (AAA 75), an ended plan is inactive (EB*6), and an active plan reports the same copay, coinsurance
 * and deductible left this plan year that the payer's adjudication applies, so an estimate made from
 * the 271 matches the 835.
 */
@ApplicationScoped
public class PayerEligibility {
    static final String PLAN_NAME = "SIM PPO";
    static final String SUBSCRIBER_NOT_FOUND = "75";

    private final SimulatorConfig config;
    private final PayerAdjudication payers;
    private final SubmissionStore store;

    public PayerEligibility(SimulatorConfig config, PayerAdjudication payers, SubmissionStore store) {
        this.config = config;
        this.payers = payers;
        this.store = store;
    }

    public String answer(EligibilityInquiry inquiry) throws SQLException {
        String member = inquiry.payerId() + ":" + inquiry.memberId();
        EligibilityResponse.Status status;
        if (!config.payers().contains(inquiry.payerId()) || !config.members().contains(member)) {
            status = EligibilityResponse.Status.MEMBER_NOT_FOUND;
        } else if (config.inactiveMembers().orElse(List.of()).contains(member)) {
            status = EligibilityResponse.Status.INACTIVE;
        } else {
            status = EligibilityResponse.Status.ACTIVE;
        }
        boolean active = status == EligibilityResponse.Status.ACTIVE;
        MemberBenefits benefits = active
                ? payers.benefits(
                        inquiry.payerId(),
                        inquiry.memberId(),
                        inquiry.dateOfService().getYear())
                : MemberBenefits.NONE;
        InterchangeEnvelope envelope =
                InquiryReplies.envelope(inquiry.envelope(), config.clearinghouseId(), store.nextTraceNumber());
        return EligibilityWriter.toX12(new EligibilityResponse(
                envelope,
                inquiry.traceNumber(),
                inquiry.payerId(),
                inquiry.payerName(),
                inquiry.providerName(),
                inquiry.providerNpi(),
                inquiry.memberId(),
                inquiry.firstName(),
                inquiry.lastName(),
                status == EligibilityResponse.Status.MEMBER_NOT_FOUND ? null : inquiry.dateOfService(),
                status,
                status == EligibilityResponse.Status.MEMBER_NOT_FOUND ? null : PLAN_NAME,
                active ? benefits.copayCents() : null,
                active ? payers.coinsurancePercent(inquiry.payerId()) : null,
                active ? payers.deductibleCents(inquiry.payerId(), inquiry.memberId()) : null,
                active ? benefits.deductibleLeftCents() : null,
                active ? Boolean.TRUE : null,
                status == EligibilityResponse.Status.MEMBER_NOT_FOUND ? SUBSCRIBER_NOT_FOUND : null));
    }
}
