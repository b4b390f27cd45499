package com.rcm.ops.api;

import java.time.OffsetDateTime;
import java.util.List;

/** Where an encounter stands and how it got there (the lifecycle body docs/api.md describes). */
public record LifecycleView(String id, String tenantId, String stage, List<Step> history) {

    /**
     * One stage event. {@code payerId} and {@code coverageOrder} (1 primary, 2 secondary, 3 tertiary) name
     * the payer whose claim the step concerns, when its event says (a claim's submission, a payer's decision
     * and its posting): null for steps of the whole encounter and for rejections, whose events name no payer.
     */
    public record Step(String stage, OffsetDateTime at, String payerId, Integer coverageOrder) {}
}
