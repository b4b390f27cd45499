package com.rcm.x12.remittance;

import com.rcm.x12.X12Amounts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Loop 2110: how the payer adjudicated one billed line.
 *
 * @param procedureQualifier SVC01-1: "HC" (CPT/HCPCS), "AD" (dental), "N4" (NDC)...
 * @param units              SVC05, units paid; null when not sent (it means 1)
 * @param serviceDate        DTM*472, or DTM*150 (period start) when only a period was sent
 * @param lineControlNumber  REF*6R, the line control number sent in the 837P; how a payment
 *                           finds its claim line
 * @param remarkCodes        LQ*HE, the RARCs (e.g. "N130") explaining the line
 */
public record ServicePayment(
        String procedureQualifier,
        String procedureCode,
        List<String> modifiers,
        long chargeCents,
        long paidCents,
        BigDecimal units,
        LocalDate serviceDate,
        List<Adjustment> adjustments,
        String lineControlNumber,
        List<String> remarkCodes) {

    public ServicePayment {
        Objects.requireNonNull(procedureQualifier, "procedureQualifier");
        Objects.requireNonNull(procedureCode, "procedureCode");
        modifiers = List.copyOf(modifiers == null ? List.of() : modifiers);
        adjustments = List.copyOf(adjustments == null ? List.of() : adjustments);
        remarkCodes = List.copyOf(remarkCodes == null ? List.of() : remarkCodes);
        units = X12Amounts.normalize(units);
    }

    public long adjustmentCents() {
        return adjustments.stream().mapToLong(Adjustment::amountCents).sum();
    }
}
