package com.rcm.x12.claim;

import com.rcm.x12.InterchangeEnvelope;
import java.util.List;
import java.util.Objects;

/**
 * One 837P transaction set: the claims one submitter sends to one receiver in one file.
 *
 * @param batchReference BHT03; the 277CA echoes it back (TRN02), so it is how an
 *                       acknowledgment finds its batch
 */
public record ProfessionalClaimBatch(
        InterchangeEnvelope envelope,
        String batchReference,
        Submitter submitter,
        Receiver receiver,
        List<ProfessionalClaim> claims) {

    public ProfessionalClaimBatch {
        Objects.requireNonNull(envelope, "envelope");
        Objects.requireNonNull(batchReference, "batchReference");
        Objects.requireNonNull(submitter, "submitter");
        Objects.requireNonNull(receiver, "receiver");
        claims = List.copyOf(claims);
    }
}
