package com.rcm.clearinghouse.mapping;

import com.rcm.x12.InterchangeEnvelope;
import com.rcm.x12.Usage;
import java.time.LocalDateTime;

/** The envelope of a real-time answer (271, 277): from the clearinghouse back to whoever asked. */
public final class InquiryReplies {

    /** {@code controlNumber} comes from the simulator's trace sequence, which never repeats. */
    public static InterchangeEnvelope envelope(InterchangeEnvelope asked, String clearinghouseId, long controlNumber) {
        int control = (int) (controlNumber % InterchangeEnvelope.MAX_CONTROL_NUMBER) + 1;
        return new InterchangeEnvelope(
                "ZZ",
                clearinghouseId,
                asked.senderQualifier(),
                asked.senderId(),
                control,
                1,
                "0001",
                LocalDateTime.now(),
                Usage.PRODUCTION);
    }

    private InquiryReplies() {}
}
