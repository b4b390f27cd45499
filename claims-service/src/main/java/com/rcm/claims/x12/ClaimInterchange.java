package com.rcm.claims.x12;

import com.rcm.claims.domain.BillingProvider;
import com.rcm.claims.domain.Payer;
import com.rcm.claims.domain.RenderingProvider;
import com.rcm.claims.persistence.ClaimEntity;
import com.rcm.claims.persistence.ClaimLineEntity;
import com.rcm.events.payload.Address;
import com.rcm.events.payload.EncounterCoded;
import com.rcm.events.payload.Patient;
import com.rcm.x12.InterchangeEnvelope;
import com.rcm.x12.Usage;
import com.rcm.x12.claim.ProfessionalClaim;
import com.rcm.x12.claim.ProfessionalClaimBatch;
import com.rcm.x12.claim.ProfessionalClaimWriter;
import com.rcm.x12.claim.Receiver;
import com.rcm.x12.claim.ServiceLine;
import com.rcm.x12.claim.Submitter;
import com.rcm.x12.claim.Subscriber;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

/**
 * Maps one stored claim onto the shared 837P model and writes it with {@link ProfessionalClaimWriter}
 * (StAEDI, checked against the 005010X222A1 implementation schema as it writes): billing provider
 * (2000A), subscriber who is the patient (2000B), claim (2300) with its diagnoses, rendering provider
 * and, on a replacement or void, the payer's claim number (REF*F8); one 2400 loop per line with its
 * line control number (REF*6R) for 835 matching.
 */
public final class ClaimInterchange {
    private static final String RECEIVER_NAME = "SIM CLEARINGHOUSE";
    private static final String TRANSACTION_CONTROL_NUMBER = "0001";

    /**
     * @param priorPayerClaimNumber the payer's number for the claim a replacement or void supersedes
     *                              (REF*F8), null for an original claim
     */
    public static String write(ClaimEntity claim, EncounterCoded encounter, BillingProvider provider, Payer payer,
            RenderingProvider rendering, SubmitterConfig submitter, String senderId, String priorPayerClaimNumber) {
        int controlNumber = Integer.parseInt(claim.interchangeControlNumber);
        InterchangeEnvelope envelope = InterchangeEnvelope.of(senderId, submitter.receiverId(), controlNumber,
                controlNumber, TRANSACTION_CONTROL_NUMBER, LocalDateTime.now(), Usage.PRODUCTION);
        ProfessionalClaimBatch batch = new ProfessionalClaimBatch(envelope, claim.patientControlNumber,
                new Submitter(submitter.submitterName(), submitter.submitterId(), "BILLING OFFICE", "5125550100"),
                new Receiver(RECEIVER_NAME, submitter.receiverId()),
                List.of(claimOf(claim, encounter, provider, payer, rendering, priorPayerClaimNumber)));
        return new ProfessionalClaimWriter().toX12(batch);
    }

    private static ProfessionalClaim claimOf(ClaimEntity claim, EncounterCoded encounter, BillingProvider provider,
            Payer payer, RenderingProvider rendering, String priorPayerClaimNumber) {
        Patient patient = encounter.patient();
        var billing = new com.rcm.x12.claim.BillingProvider(provider.name(), provider.npi(), provider.tin(),
                provider.taxonomy(), com.rcm.x12.Address.of(provider.addressLine1(), provider.city(), provider.state(),
                        provider.postalCode()));
        // The encounter carries the patient as the insured; a dependent's subscriber is not in the intake contract.
        Subscriber subscriber = new Subscriber("P", encounter.coverage().memberId(), encounter.coverage().groupNumber(),
                patient.firstName(), patient.lastName(), patient.dateOfBirth(), patient.sex(),
                addressOf(patient.address()), payer.name(), payer.payerId(), payer.claimFilingIndicator());
        List<ServiceLine> lines = claim.lines.stream()
                .map(line -> lineOf(line, encounter.placeOfService(), claim)).toList();
        return new ProfessionalClaim(billing, subscriber, null, claim.patientControlNumber, claim.totalChargeCents,
                encounter.placeOfService(), claim.frequencyCode, priorPayerClaimNumber, encounter.diagnoses(),
                new com.rcm.x12.claim.RenderingProvider(rendering.npi(), rendering.firstName(), rendering.lastName(),
                        rendering.taxonomy()),
                lines);
    }

    private static ServiceLine lineOf(ClaimLineEntity line, String placeOfService, ClaimEntity claim) {
        return new ServiceLine(line.lineNumber, line.code, split(line.modifiers), line.chargeCents,
                BigDecimal.valueOf(line.units), placeOfService,
                split(line.diagnosisPointers).stream().map(Integer::valueOf).toList(), claim.dateOfService,
                line.lineControlNumber);
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
