package com.rcm.clearinghouse.service;

import com.rcm.clearinghouse.config.SimulatorConfig;
import com.rcm.clearinghouse.mapping.InquiryReplies;
import com.rcm.clearinghouse.persistence.ClaimStates;
import com.rcm.clearinghouse.persistence.SubmissionStore;
import com.rcm.x12.InterchangeEnvelope;
import com.rcm.x12.claimstatus.ClaimStatusInquiry;
import com.rcm.x12.claimstatus.ClaimStatusReport;
import com.rcm.x12.claimstatus.ClaimStatusWriter;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Answers a 276 from what the payer did with the claim: never received (A4:35), rejected at the
 * front end (the 277CA's A3 code), held or decided but not yet paid out (P1:20, in process), paid
 * (F1:65) or denied (F2:1, see the remittance) once its 835 went out.
 */
@ApplicationScoped
public class PayerClaimStatus {
    private final ClaimStates states;
    private final SubmissionStore store;
    private final SimulatorConfig config;

    public PayerClaimStatus(ClaimStates states, SubmissionStore store, SimulatorConfig config) {
        this.states = states;
        this.store = store;
        this.config = config;
    }

    public String answer(ClaimStatusInquiry inquiry) throws SQLException {
        Optional<ClaimStates.ClaimState> known = states.find(inquiry.patientControlNumber(), inquiry.payerId());
        String[] status = known.map(PayerClaimStatus::statusOf).orElse(new String[] {"A4", "35"});
        long paid = known.filter(s -> s.state() == ClaimStates.State.DECIDED && s.delivered())
                .map(ClaimStates.ClaimState::paidCents)
                .orElse(0L);
        InterchangeEnvelope envelope =
                InquiryReplies.envelope(inquiry.envelope(), config.clearinghouseId(), store.nextTraceNumber());
        return ClaimStatusWriter.toX12(
                new ClaimStatusReport(
                        envelope,
                        inquiry.traceNumber(),
                        inquiry.payerId(),
                        inquiry.payerName(),
                        inquiry.patientControlNumber(),
                        status[0],
                        status[1],
                        known.map(ClaimStates.ClaimState::recordedOn).orElse(LocalDate.now()),
                        inquiry.chargeCents(),
                        paid,
                        null),
                inquiry);
    }

    private static String[] statusOf(ClaimStates.ClaimState state) {
        return switch (state.state()) {
            case REJECTED -> state.statusCode().split(":");
            case HELD -> new String[] {"P1", "20"};
            case DECIDED ->
                !state.delivered()
                        ? new String[] {"P1", "20"}
                        : state.denied() ? new String[] {"F2", "1"} : new String[] {"F1", "65"};
        };
    }
}
