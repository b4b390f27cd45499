package com.rcm.ops.mapping;

import com.rcm.events.EventType;
import com.rcm.events.payload.ClaimAdjudicated;
import com.rcm.events.payload.ClaimSubmitted;
import com.rcm.events.payload.PaymentPosted;
import com.rcm.ops.domain.StepPayer;
import com.rcm.platform.messaging.InboundEvent;

/**
 * Which payer a stage event concerns, read from the payloads that name one: a claim sent to a payer,
 * a payer's decision and its posting. Rejections (by the clearinghouse, before any payer) name none.
 */
public final class StepPayers {

    public static StepPayer of(InboundEvent event) {
        if (EventType.CLAIM_SUBMITTED.type().equals(event.type())) {
            ClaimSubmitted claim = event.payloadAs(ClaimSubmitted.class);
            return named(claim.payerId(), claim.coverageOrder());
        }
        if (EventType.CLAIM_ADJUDICATED.type().equals(event.type())) {
            ClaimAdjudicated decision = event.payloadAs(ClaimAdjudicated.class);
            return named(decision.payerId(), decision.coverageOrder());
        }
        if (EventType.PAYMENT_POSTED.type().equals(event.type())) {
            PaymentPosted posting = event.payloadAs(PaymentPosted.class);
            return named(posting.payerId(), posting.coverageOrder());
        }
        return StepPayer.NONE;
    }

    // A posting from before several payers existed has no payerId; its defaulted order alone says nothing.
    private static StepPayer named(String payerId, int coverageOrder) {
        return payerId == null || payerId.isBlank() ? StepPayer.NONE : new StepPayer(payerId, coverageOrder);
    }

    private StepPayers() {}
}
