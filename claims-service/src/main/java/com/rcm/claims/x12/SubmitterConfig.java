package com.rcm.claims.x12;

import com.rcm.claims.domain.BillingProviderSetup;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Who the billing company is on the 837P envelope, and which clearinghouse receives it. */
@ApplicationScoped
public class SubmitterConfig {
    private final String submitterId;
    private final String submitterName;
    private final String receiverId;

    public SubmitterConfig(
            @ConfigProperty(name = "claims.submitter-id") String submitterId,
            @ConfigProperty(name = "claims.submitter-name") String submitterName,
            @ConfigProperty(name = "claims.receiver-id") String receiverId) {
        this.submitterId = submitterId;
        this.submitterName = submitterName;
        this.receiverId = receiverId;
    }

    /** ISA06: the billing company's id with the practice's prefix, so each practice numbers its own interchanges. */
    public String senderIdFor(BillingProviderSetup provider) {
        String id = submitterId + provider.claimPrefix();
        return id.length() > 15 ? id.substring(0, 15) : id;
    }

    /** The ISA13 numbering scope: one sequence per sender and receiver, shared by claims and inquiries. */
    public String interchangeScope(String senderId) {
        return senderId + "/" + receiverId;
    }

    public String submitterId() {
        return submitterId;
    }

    public String submitterName() {
        return submitterName;
    }

    public String receiverId() {
        return receiverId;
    }
}
