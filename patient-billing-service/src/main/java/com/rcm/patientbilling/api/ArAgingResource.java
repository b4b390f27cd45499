package com.rcm.patientbilling.api;

import com.rcm.patientbilling.domain.ArAging;
import com.rcm.patientbilling.persistence.LedgerEntryEntity;
import com.rcm.patientbilling.persistence.LedgerEntryRepository;
import com.rcm.patientbilling.service.AccountCharges;
import com.rcm.platform.api.Problem;
import com.rcm.platform.api.ProblemResponses;
import com.rcm.platform.tenant.CurrentTenant;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The practice's patient A/R by age. */
@Path("/v1/ar-aging")
@Tag(name = "Patient A/R")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"practice-admin", "biller"})
@APIResponse(responseCode = "401", description = ProblemResponses.UNAUTHORIZED)
@APIResponse(
        responseCode = "403",
        description = ProblemResponses.FORBIDDEN,
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(
        responseCode = "429",
        description = ProblemResponses.TOO_MANY_REQUESTS,
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class ArAgingResource {
    private final LedgerEntryRepository entries;
    private final CurrentTenant tenant;

    public ArAgingResource(LedgerEntryRepository entries, CurrentTenant tenant) {
        this.entries = entries;
        this.tenant = tenant;
    }

    /** Cents owed per bucket (0-30, 31-60, 61-90, 91-120, 120+ days since charged), and the total. */
    public record AgingView(LocalDate asOf, Map<String, Long> buckets, long totalCents, int accountsOwing) {}

    @GET
    @Transactional
    @Operation(
            summary = "Patient A/R aging in buckets of 0-30, 31-60, 61-90, 91-120 and over 120 days",
            description = "Payments and credits settle each account's oldest charges first (a payer's reversal its "
                    + "own encounter's); what is still open "
                    + "is aged from the day it was charged, as of asOf (default today).")
    @APIResponse(responseCode = "200", description = "Patient A/R per day bucket")
    public AgingView aging(@QueryParam("asOf") LocalDate asOf) {
        tenant.require();
        LocalDate day = asOf == null ? LocalDate.now() : asOf;
        Map<String, List<LedgerEntryEntity>> byAccount =
                entries.allEntries().stream().collect(Collectors.groupingBy(e -> e.accountId));
        Map<String, Long> total = ArAging.empty();
        int owing = 0;
        for (List<LedgerEntryEntity> account : byAccount.values()) {
            Map<String, Long> aged = ArAging.of(AccountCharges.of(account), day);
            if (aged.values().stream().anyMatch(cents -> cents > 0)) {
                owing++;
            }
            aged.forEach((bucket, cents) -> total.merge(bucket, cents, Long::sum));
        }
        return new AgingView(
                day, total, total.values().stream().mapToLong(Long::longValue).sum(), owing);
    }
}
