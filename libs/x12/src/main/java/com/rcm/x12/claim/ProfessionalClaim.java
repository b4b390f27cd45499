package com.rcm.x12.claim;

import java.util.List;
import java.util.Objects;

/**
 * One 837P claim (loop 2300) with the parties above it in the HL hierarchy.
 *
 * @param patient                 null when the patient is the subscriber
 * @param patientControlNumber    CLM01, the practice's own claim id; the payer echoes it in CLP01
 * @param totalChargeCents        CLM02, must equal the sum of line charges
 * @param placeOfService          CLM05-1, e.g. "11" office
 * @param frequencyCode           CLM05-3: "1" original, "7" replacement, "8" void
 * @param payerClaimControlNumber REF*F8, the payer's claim number being replaced or voided
 * @param diagnoses               HI, ICD-10-CM without the dot as X12 carries it ("E119"); the
 *                                first is the principal (ABK), the rest ABF; at most 12
 * @param renderingProvider       loop 2310B, null when the billing provider rendered the service
 * @param otherPayers             loops 2320: the payers that decided the claim before this one, in
 *                                their order; empty on a claim to the primary payer
 */
public record ProfessionalClaim(
        BillingProvider billingProvider,
        Subscriber subscriber,
        Patient patient,
        String patientControlNumber,
        long totalChargeCents,
        String placeOfService,
        String frequencyCode,
        String payerClaimControlNumber,
        List<String> diagnoses,
        RenderingProvider renderingProvider,
        List<ServiceLine> lines,
        List<OtherPayer> otherPayers) {

    public static final String ORIGINAL = "1";
    public static final String REPLACEMENT = "7";
    public static final String VOID = "8";
    /** SBR02 / PAT01 code for "the patient is the insured". */
    public static final String SELF = "18";

    /** A claim to the primary payer: no other payer decided it before. */
    public ProfessionalClaim(
            BillingProvider billingProvider,
            Subscriber subscriber,
            Patient patient,
            String patientControlNumber,
            long totalChargeCents,
            String placeOfService,
            String frequencyCode,
            String payerClaimControlNumber,
            List<String> diagnoses,
            RenderingProvider renderingProvider,
            List<ServiceLine> lines) {
        this(
                billingProvider,
                subscriber,
                patient,
                patientControlNumber,
                totalChargeCents,
                placeOfService,
                frequencyCode,
                payerClaimControlNumber,
                diagnoses,
                renderingProvider,
                lines,
                List.of());
    }

    public ProfessionalClaim {
        Objects.requireNonNull(billingProvider, "billingProvider");
        Objects.requireNonNull(subscriber, "subscriber");
        Objects.requireNonNull(patientControlNumber, "patientControlNumber");
        Objects.requireNonNull(placeOfService, "placeOfService");
        Objects.requireNonNull(frequencyCode, "frequencyCode");
        diagnoses = diagnoses == null
                ? List.of()
                : diagnoses.stream().map(code -> code.replace(".", "").strip()).toList();
        lines = List.copyOf(lines == null ? List.of() : lines);
        otherPayers = List.copyOf(otherPayers == null ? List.of() : otherPayers);
        if (diagnoses.size() > 12) {
            throw new IllegalArgumentException(
                    "a professional claim carries at most 12 diagnoses, got " + diagnoses.size());
        }
    }

    /** The patient's relationship to the subscriber: "18" (self) or the patient loop's PAT01. */
    public String relationshipCode() {
        return patient == null ? SELF : patient.relationshipCode();
    }

    /** Replacement and void claims must name the payer's original claim (REF*F8). */
    public boolean correctsPriorClaim() {
        return REPLACEMENT.equals(frequencyCode) || VOID.equals(frequencyCode);
    }

    public long lineChargeCents() {
        return lines.stream().mapToLong(ServiceLine::chargeCents).sum();
    }
}
