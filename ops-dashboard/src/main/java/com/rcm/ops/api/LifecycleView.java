package com.rcm.ops.api;

import java.time.OffsetDateTime;
import java.util.List;

/** Where an encounter stands and how it got there (the published lifecycle body). */
public record LifecycleView(String id, String tenantId, String stage, List<Step> history) {

    public record Step(String stage, OffsetDateTime at) {
    }
}
