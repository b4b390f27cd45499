package com.rcm.claims.x12;

import com.rcm.claims.domain.BillingProvider;
import com.rcm.claims.domain.Payer;
import com.rcm.claims.domain.PayerDecision;
import com.rcm.claims.domain.RenderingProvider;
import com.rcm.claims.persistence.ClaimEntity;
import com.rcm.claims.persistence.ClaimLineEntity;
import com.rcm.events.payload.Address;
import com.rcm.events.payload.Coverage;
import com.rcm.events.payload.EncounterCoded;
import com.rcm.events.payload.Patient;
import com.rcm.x12.InterchangeEnvelope;
import com.rcm.x12.X12Exception;
import com.rcm.x12.Usage;
import com.rcm.x12.claim.LineAdjudication;
import com.rcm.x12.claim.OtherPayer;
import com.rcm.x12.claim.ProfessionalClaim;
import com.rcm.x12.claim.ProfessionalClaimBatch;
import com.rcm.x12.claim.ProfessionalClaimWriter;
import com.rcm.x12.claim.Receiver;
import com.rcm.x12.claim.ServiceLine;
import com.rcm.x12.claim.Submitter;
import com.rcm.x12.claim.Subscriber;
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
    public record Outgoing(ClaimEntity claim, EncounterCoded encounter, Payer payer, RenderingProvider rendering,
            String priorPayerClaimNumber, List<PriorPayer> priorPayers) {

        /** A claim to the encounter's primary payer. */
        public Outgoing(ClaimEntity claim, EncounterCoded encounter, Payer payer, RenderingProvider rendering,
                String priorPayerClaimNumber) {
            this(claim, encounter, payer, rendering, priorPayerClaimNumber, List.of());
        }
    }

    /** A payer that decided the claim before the one it goes to: its coverage, its setup and its decision. */
    public record PriorPayer(Coverage coverage, Payer payer, PayerDecision decision) {
    }

    /** The claims of one billing provider as one interchange to the clearinghouse, numbered {@code controlNumber}. */
    public static String write(List<Outgoing> claims, BillingProvider provider, SubmitterConfig submitter,
            String senderId, int controlNumber) {
        InterchangeEnvelope envelope = InterchangeEnvelope.of(senderId, submitter.receiverId(), controlNumber,
                controlNumber, TRANSACTION_CONTROL_NUMBER, LocalDateTime.now(), Usage.PRODUCTION);
        ProfessionalClaimBatch batch = new ProfessionalClaimBatch(envelope, String.format("%09d", controlNumber),
                new Submitter(submitter.submitterName(), submitter.submitterId(), "BILLING OFFICE", "5125550100"),
                new Receiver(RECEIVER_NAME, submitter.receiverId()),
                claims.stream().map(c -> claimOf(c, provider)).toList());
        return new ProfessionalClaimWriter().toX12(batch);
    }

    /**
     * What the 005010X222A1 guide (schema and the writer's own checks) finds wrong with this claim
     * alone, so one bad claim is held instead of spoiling its batch; empty when it can be sent.
     */
    public static Optional<String> guideProblem(Outgoing claim, BillingProvider provider, SubmitterConfig submitter,
            String senderId) {
        try {
            write(List.of(claim), provider, submitter, senderId, 1);
            return Optional.empty();
        } catch (X12Exception | IllegalArgumentException | DateTimeException e) {
            return Optional.of(e.getMessage());
        }
    }

    private static ProfessionalClaim claimOf(Outgoing outgoing, BillingProvider provider) {
        ClaimEntity claim = outgoing.claim();
        EncounterCoded encounter = outgoing.encounter();
        Payer payer = outgoing.payer();
        RenderingProvider rendering = outgoing.rendering();
        String responsibility = PayerSequence.of(claim.coverageOrder);
        Patient patient = encounter.patient();
        Coverage coverage = encounter.coverage();
        var billing = new com.rcm.x12.claim.BillingProvider(provider.name(), provider.npi(), provider.tin(),
                provider.taxonomy(), com.rcm.x12.Address.of(provider.addressLine1(), provider.city(), provider.state(),
                        provider.postalCode()));
        // A dependent (spouse, child) is billed under the insured's subscriber loop with a patient loop of
        // their own (2000C); otherwise the patient is the subscriber.
        boolean dependent = !coverage.patientIsSubscriber() && coverage.subscriber() != null;
        com.rcm.events.payload.Subscriber insured = coverage.subscriber();
        String medicareSecondaryType = payer.insuranceTypeCode(claim.coverageOrder);
        Subscriber subscriber = dependent
                ? new Subscriber(responsibility, coverage.memberId(), coverage.groupNumber(), insured.firstName(),
                        insured.lastName(), insured.dateOfBirth(), insured.sex(), addressOf(insured.address()),
                        payer.name(), payer.payerId(), payer.claimFilingIndicator(), medicareSecondaryType)
                : new Subscriber(responsibility, coverage.memberId(), coverage.groupNumber(), patient.firstName(),
                        patient.lastName(), patient.dateOfBirth(), patient.sex(), addressOf(patient.address()),
                        payer.name(), payer.payerId(), payer.claimFilingIndicator(), medicareSecondaryType);
        com.rcm.x12.claim.Patient dependentPatient = dependent
                ? new com.rcm.x12.claim.Patient(relationshipCode(coverage.relationshipToSubscriber()),
                        patient.firstName(), patient.lastName(), patient.dateOfBirth(), patient.sex(),
                        addressOf(patient.address()))
                : null;
        List<ServiceLine> lines = claim.lines.stream()
                .map(line -> lineOf(line, encounter.placeOfService(), claim, outgoing.priorPayers())).toList();
        return new ProfessionalClaim(billing, subscriber, dependentPatient, claim.patientControlNumber,
                claim.totalChargeCents,
                encounter.placeOfService(), claim.frequencyCode, outgoing.priorPayerClaimNumber(),
                encounter.diagnoses(),
                new com.rcm.x12.claim.RenderingProvider(rendering.npi(), rendering.firstName(), rendering.lastName(),
                        rendering.taxonomy()),
                lines, outgoing.priorPayers().stream().map(prior -> otherPayerOf(prior, patient)).toList());
    }

    /** Loops 2320/2330A/2330B: an earlier payer, its subscriber and its claim-level decision. */
    private static OtherPayer otherPayerOf(PriorPayer prior, Patient patient) {
        Coverage coverage = prior.coverage();
        PayerDecision decision = prior.decision();
        com.rcm.events.payload.Subscriber insured = coverage.subscriber();
        boolean dependent = !coverage.patientIsSubscriber() && insured != null;
        boolean decidedByLine = !decision.lines().isEmpty();
        return new OtherPayer(PayerSequence.of(coverage.order()),
                dependent ? relationshipCode(coverage.relationshipToSubscriber()) : ProfessionalClaim.SELF,
                coverage.groupNumber(), prior.payer().claimFilingIndicator(), coverage.memberId(),
                dependent ? insured.firstName() : patient.firstName(),
                dependent ? insured.lastName() : patient.lastName(), prior.payer().name(), prior.payer().payerId(),
                decidedByLine ? null : decision.adjudicatedOn(), decision.paidCents(),
                casOf(decision.adjustments()));
    }

    /** PAT01 individual relationship code: 01 spouse, 19 child, G8 other relationship. */
    private static String relationshipCode(String relationship) {
        return switch (relationship) {
            case "spouse" -> "01";
            case "child" -> "19";
            default -> "G8";
        };
    }

    private static ServiceLine lineOf(ClaimLineEntity line, String placeOfService, ClaimEntity claim,
            List<PriorPayer> priorPayers) {
        List<String> modifiers = split(line.modifiers);
        List<LineAdjudication> decided = priorPayers.stream()
                .flatMap(prior -> prior.decision().lines().stream()
                        .filter(decision -> decision.lineNumber() == line.lineNumber)
                        .map(decision -> new LineAdjudication(prior.payer().payerId(), decision.paidCents(),
                                decision.code() == null ? line.code : decision.code(), modifiers,
                                BigDecimal.valueOf(line.units), casOf(decision.adjustments()),
                                prior.decision().adjudicatedOn())))
                .toList();
        return new ServiceLine(line.lineNumber, line.code, modifiers, line.chargeCents,
                BigDecimal.valueOf(line.units), placeOfService,
                split(line.diagnosisPointers).stream().map(Integer::valueOf).toList(), claim.dateOfService,
                line.lineControlNumber, decided);
    }

    private static List<Adjustment> casOf(List<com.rcm.events.payload.Adjustment> adjustments) {
        return adjustments.stream().map(a -> Adjustment.of(a.groupCode(), a.carc(), a.amountCents())).toList();
    }

    private static com.rcm.x12.Address addressOf(Address address) {
        return address == null ? null
                : new com.rcm.x12.Address(address.line1(), null, address.city(), address.state(), address.postalCode());
    }

    private static List<String> split(String csv) {
        return csv == null || csv.isEmpty() ? List.of() : Arrays.asList(csv.split(","));
    }

    private ClaimInterchange() {
    }
}
