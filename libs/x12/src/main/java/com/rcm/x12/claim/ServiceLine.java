package com.rcm.x12.claim;

import com.rcm.x12.X12Amounts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Loop 2400: one billed service.
 *
 * @param lineNumber         LX01, 1-based
 * @param procedureCode      SV101-2, CPT or HCPCS; CPT is treated as an opaque code
 * @param modifiers          SV101-3..6, at most four
 * @param chargeCents        SV102
 * @param units              SV104; decimal because X12 allows fractional units (some drugs)
 * @param placeOfService     SV105, null when it is the claim's (CLM05-1)
 * @param diagnosisPointers  SV107, one to four 1-based positions into the claim's diagnoses
 * @param dateOfService      DTP*472 (first day of an RD8 range when read)
 * @param lineControlNumber  REF*6R, echoed back by the payer in the 835 so payments find their line
 * @param priorAdjudications loops 2430: what each prior payer decided on this line (claims to a
 *                           secondary or tertiary payer only)
 */
public record ServiceLine(
        int lineNumber,
        String procedureCode,
        List<String> modifiers,
        long chargeCents,
        BigDecimal units,
        String placeOfService,
        List<Integer> diagnosisPointers,
        LocalDate dateOfService,
        String lineControlNumber,
        List<LineAdjudication> priorAdjudications) {

    /** A line no other payer has decided yet. */
    public ServiceLine(
            int lineNumber,
            String procedureCode,
            List<String> modifiers,
            long chargeCents,
            BigDecimal units,
            String placeOfService,
            List<Integer> diagnosisPointers,
            LocalDate dateOfService,
            String lineControlNumber) {
        this(
                lineNumber,
                procedureCode,
                modifiers,
                chargeCents,
                units,
                placeOfService,
                diagnosisPointers,
                dateOfService,
                lineControlNumber,
                List.of());
    }

    public ServiceLine {
        Objects.requireNonNull(procedureCode, "procedureCode");
        Objects.requireNonNull(units, "units");
        modifiers = List.copyOf(modifiers == null ? List.of() : modifiers);
        diagnosisPointers = List.copyOf(diagnosisPointers == null ? List.of() : diagnosisPointers);
        priorAdjudications = List.copyOf(priorAdjudications == null ? List.of() : priorAdjudications);
        units = X12Amounts.normalize(units);
        if (modifiers.size() > 4) {
            throw new IllegalArgumentException("a service line carries at most 4 modifiers, got " + modifiers);
        }
        if (diagnosisPointers.size() > 4) {
            throw new IllegalArgumentException(
                    "a service line points to at most 4 diagnoses, got " + diagnosisPointers);
        }
    }
}
