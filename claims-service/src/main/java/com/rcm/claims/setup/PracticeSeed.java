package com.rcm.claims.setup;

import com.rcm.claims.domain.BillingProviderSetup;
import com.rcm.claims.domain.PayerSetup;
import com.rcm.claims.domain.RenderingProviderSetup;
import java.time.LocalDate;
import java.util.List;

/** The seed file's shape: each practice's billing provider, payers and fee schedule. */
public record PracticeSeed(List<Practice> practices) {

    public record Practice(
            String tenantId,
            BillingProviderSetup billingProvider,
            List<RenderingProviderSetup> renderingProviders,
            List<PayerSetup> payers,
            FeeSchedule feeSchedule) {}

    public record FeeSchedule(LocalDate effectiveFrom, List<Fee> fees) {}

    public record Fee(String code, String modifier, long chargeCents) {}
}
