package com.rcm.ops.mapping;

import com.rcm.ops.api.LifecycleView;
import com.rcm.ops.persistence.StageHistoryEntity;
import com.rcm.ops.service.LifecycleQueries;

/** From the stored projection to the lifecycle body docs/api.md describes. */
public final class LifecycleMapper {

    public static LifecycleView toView(LifecycleQueries.Lifecycle lifecycle) {
        return new LifecycleView(
                lifecycle.current().encounterId,
                lifecycle.current().tenantId,
                lifecycle.current().stage.name(),
                lifecycle.history().stream().map(LifecycleMapper::toStep).toList());
    }

    private static LifecycleView.Step toStep(StageHistoryEntity step) {
        return new LifecycleView.Step(step.stage.name(), step.at, step.payerId, step.coverageOrder);
    }

    private LifecycleMapper() {}
}
