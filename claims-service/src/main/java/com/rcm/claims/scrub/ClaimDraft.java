package com.rcm.claims.scrub;

import com.rcm.claims.domain.BillingProviderSetup;
import com.rcm.claims.domain.PayerSetup;
import com.rcm.claims.domain.RenderingProviderSetup;
import com.rcm.events.payload.EncounterCoded;
import com.rcm.events.payload.ServiceLine;
import java.util.List;
import java.util.Optional;

/**
 * A claim as the scrubber sees it before submission: the encounter it bills, the practice setup it
 * found, the priced lines and the codes it could not price.
 */
public record ClaimDraft(
        String claimId,
        EncounterCoded encounter,
        BillingProviderSetup billingProvider,
        Optional<PayerSetup> payer,
        Optional<RenderingProviderSetup> renderingProvider,
        List<ServiceLine> pricedLines,
        List<String> unpricedCodes,
        long totalChargeCents) {}
