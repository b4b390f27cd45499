package com.rcm.claims.x12;

import com.rcm.claims.domain.BillingProviderSetup;
import com.rcm.claims.domain.PayerDecision;
import com.rcm.claims.domain.PayerSetup;
import com.rcm.claims.domain.RenderingProviderSetup;
import com.rcm.claims.persistence.ClaimEntity;
import com.rcm.claims.persistence.ClaimLineEntity;
import com.rcm.events.payload.Coverage;
import com.rcm.events.payload.EncounterCoded;
import com.rcm.x12.Address;
import com.rcm.x12.InterchangeEnvelope;
import com.rcm.x12.Usage;
import com.rcm.x12.X12Exception;
import com.rcm.x12.claim.BillingProvider;
import com.rcm.x12.claim.LineAdjudication;
import com.rcm.x12.claim.ProfessionalClaim;
import com.rcm.x12.claim.ProfessionalClaimBatch;
import com.rcm.x12.claim.ProfessionalClaimWriter;
import com.rcm.x12.claim.Receiver;
import com.rcm.x12.claim.RenderingProvider;
import com.rcm.x12.claim.ServiceLine;
import com.rcm.x12.claim.Submitter;
import com.rcm.x12.remittance.Adjustment;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Maps stored claims onto the shared 837P model and writes them as one interchange with
 * {@link ProfessionalClaimWriter} (StAEDI, checked against the 005010X222A1 implementation schema as it
 * writes): billing provider (2000A), subscriber (2000B) and, for a dependent, the patient (2000C), each
 * claim (2300) with its diagnoses, rendering provider and, on a replacement or void, the payer's claim
 * number (REF*F8); one 2400 loop per line with its line control number (REF*6R) for 835 matching.
 * A claim to a secondary or tertiary payer reports each earlier payer's decision: loops 2320/2330A/2330B
 * at claim level (its claim-level CAS and paid amount) and a 2430 loop per line it decided.
 */
public final class ClaimInterchange {
    private static final String RECEIVER_NAME = "SIM CLEARINGHOUSE";
    private static final String TRANSACTION_CONTROL_NUMBER = "0001";

    /**
     * One claim as it goes into an interchange.
     *
     * @param priorPayerClaimNumber the payer's number for the claim a replacement or void supersedes
     *                              (REF*F8), null for an original claim
     */
    public record Outgoing(
            ClaimEntity claim,
            EncounterCoded encounter,
            PayerSetup payer,
            RenderingProviderSetup rendering,
            String priorPayerClaimNumber,
            List<PriorPayer> priorPayers) {

        /** A claim to the encounter's primary payer. */
        public Outgoing(
                ClaimEntity claim,
                EncounterCoded encounter,
                PayerSetup payer,
                RenderingProviderSetup rendering,
                String priorPayerClaimNumber) {
            this(claim, encounter, payer, rendering, priorPayerClaimNumber, List.of());
        }
    }

    /** A payer that decided the claim before the one it goes to: its coverage, its setup and its decision. */
    public record PriorPayer(Coverage coverage, PayerSetup payer, PayerDecision decision) {}

    /** The claims of one billing provider as one interchange to the clearinghouse, numbered {@code controlNumber}. */
    public static String write(
            List<Outgoing> claims,
            BillingProviderSetup provider,
            SubmitterConfig submitter,
            String senderId,
            int controlNumber) {
        InterchangeEnvelope envelope = InterchangeEnvelope.of(
                senderId,
                submitter.receiverId(),
                controlNumber,
                controlNumber,
                TRANSACTION_CONTROL_NUMBER,
                LocalDateTime.now(),
                Usage.PRODUCTION);
        ProfessionalClaimBatch batch = new ProfessionalClaimBatch(
                envelope,
                String.format("%09d", controlNumber),
                new Submitter(submitter.submitterName(), submitter.submitterId(), "BILLING OFFICE", "5125550100"),
                new Receiver(RECEIVER_NAME, submitter.receiverId()),
                claims.stream().map(c -> claimOf(c, provider)).toList());
        return new ProfessionalClaimWriter().toX12(batch);
    }

    /**
     * What the 005010X222A1 guide (schema and the writer's own checks) finds wrong with this claim
     * alone, so one bad claim is held instead of spoiling its batch; empty when it can be sent.
     */
    public static Optional<String> guideProblem(
            Outgoing claim, BillingProviderSetup provider, SubmitterConfig submitter, String senderId) {
        try {
            write(List.of(claim), provider, submitter, senderId, 1);
            return Optional.empty();
        } catch (X12Exception | IllegalArgumentException | DateTimeException e) {
            return Optional.of(e.getMessage());
        }
    }

    private static ProfessionalClaim claimOf(Outgoing outgoing, BillingProviderSetup provider) {
        ClaimEntity claim = outgoing.claim();
        EncounterCoded encounter = outgoing.encounter();
        RenderingProviderSetup rendering = outgoing.rendering();
        BillingProvider billing = new BillingProvider(
                provider.name(),
                provider.npi(),
                provider.tin(),
                provider.taxonomy(),
                Address.of(provider.addressLine1(), provider.city(), provider.state(), provider.postalCode()));
        List<ServiceLine> lines = claim.lines.stream()
                .map(line -> lineOf(line, encounter.placeOfService(), claim, outgoing.priorPayers()))
                .toList();
        return new ProfessionalClaim(
                billing,
                EncounterParties.subscriber(encounter, outgoing.payer(), claim.coverageOrder),
                EncounterParties.dependentPatient(encounter),
                claim.patientControlNumber,
                claim.totalChargeCents,
                encounter.placeOfService(),
                claim.frequencyCode,
                outgoing.priorPayerClaimNumber(),
                encounter.diagnoses(),
                new RenderingProvider(
                        rendering.npi(), rendering.firstName(), rendering.lastName(), rendering.taxonomy()),
                lines,
                outgoing.priorPayers().stream()
                        .map(prior -> EncounterParties.otherPayer(prior, encounter))
                        .toList());
    }

    private static ServiceLine lineOf(
            ClaimLineEntity line, String placeOfService, ClaimEntity claim, List<PriorPayer> priorPayers) {
        List<String> modifiers = split(line.modifiers);
        List<LineAdjudication> decided = priorPayers.stream()
                .flatMap(prior -> prior.decision().lines().stream()
                        .filter(decision -> decision.lineNumber() == line.lineNumber)
                        .map(decision -> new LineAdjudication(
                                prior.payer().payerId(),
                                decision.paidCents(),
                                decision.code() == null ? line.code : decision.code(),
                                modifiers,
                                BigDecimal.valueOf(line.units),
                                casOf(decision),
                                prior.decision().adjudicatedOn())))
                .toList();
        return new ServiceLine(
                line.lineNumber,
                line.code,
                modifiers,
                line.chargeCents,
                BigDecimal.valueOf(line.units),
                placeOfService,
                split(line.diagnosisPointers).stream().map(Integer::valueOf).toList(),
                claim.dateOfService,
                line.lineControlNumber,
                decided);
    }

    /** The claim-level CAS of a payer's decision, as the next payer's claim reports it (2320). */
    static List<Adjustment> casOf(PayerDecision decision) {
        return decision.adjustments().stream()
                .map(a -> Adjustment.of(a.groupCode(), a.carc(), a.amountCents()))
                .toList();
    }

    /** The CAS of a payer's decision on one line (2430). */
    private static List<Adjustment> casOf(PayerDecision.LineDecision decision) {
        return decision.adjustments().stream()
                .map(a -> Adjustment.of(a.groupCode(), a.carc(), a.amountCents()))
                .toList();
    }

    private static List<String> split(String csv) {
        return csv == null || csv.isEmpty() ? List.of() : Arrays.asList(csv.split(","));
    }

    private ClaimInterchange() {}
}
