package com.rcm.claims.x12;

import com.rcm.claims.domain.BillingProviderSetup;
import com.rcm.claims.persistence.ControlNumbers;
import com.rcm.claims.persistence.PracticeSetupRepository;
import com.rcm.platform.api.ApiProblemException;
import com.rcm.x12.InterchangeEnvelope;
import com.rcm.x12.Usage;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDateTime;

/**
 * Numbers and addresses a practice's real-time inquiry (270, 276): the practice's billing provider
 * asks, and ISA13 comes from the same counter as its 837P interchanges, so none repeats.
 */
@ApplicationScoped
public class InquiryInterchanges {
    private final PracticeSetupRepository setup;
    private final ControlNumbers controlNumbers;
    private final SubmitterConfig submitter;

    public InquiryInterchanges(
            PracticeSetupRepository setup, ControlNumbers controlNumbers, SubmitterConfig submitter) {
        this.setup = setup;
        this.controlNumbers = controlNumbers;
        this.submitter = submitter;
    }

    /** Who asks, in which envelope; {@code controlNumber} also makes the inquiry's trace unique. */
    public record Outgoing(BillingProviderSetup provider, InterchangeEnvelope envelope, int controlNumber) {}

    public Outgoing next(String tenantId) {
        BillingProviderSetup provider = setup.billingProvider()
                .orElseThrow(() -> new ApiProblemException(
                        409, "Practice not set up", "practice " + tenantId + " has no billing provider to ask as"));
        String senderId = submitter.senderIdFor(provider);
        int control = Math.toIntExact(
                controlNumbers.next(tenantId, ControlNumbers.INTERCHANGE, submitter.interchangeScope(senderId)));
        return new Outgoing(
                provider,
                InterchangeEnvelope.of(
                        senderId,
                        submitter.receiverId(),
                        control,
                        control,
                        "0001",
                        LocalDateTime.now(),
                        Usage.PRODUCTION),
                control);
    }
}
