package com.rcm.claims.scrub;

import com.rcm.claims.domain.BillingProvider;
import com.rcm.claims.domain.Payer;
import com.rcm.claims.domain.RenderingProvider;
import com.rcm.events.payload.EncounterCoded;
import com.rcm.events.payload.ServiceLine;
import java.util.List;
import java.util.Optional;

/**
 * A claim as the scrubber sees it before submission: the encounter it bills, the practice setup it
 * found, the priced lines and the codes it could not price.
 */
public record ClaimDraft(String claimId, EncounterCoded encounter, BillingProvider billingProvider,
        Optional<Payer> payer, Optional<RenderingProvider> renderingProvider, List<ServiceLine> pricedLines,
        List<String> unpricedCodes, long totalChargeCents) {
}
