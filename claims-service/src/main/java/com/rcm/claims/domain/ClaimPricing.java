package com.rcm.claims.domain;

import com.rcm.events.payload.ServiceLine;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Prices service lines: a charge the practice sent wins; otherwise the fee schedule's charge for the
 * code (and first modifier, falling back to the code alone) times the units.
 */
public final class ClaimPricing {

    /** Result of pricing: the priced lines, or the codes the fee schedule has no charge for. */
    public record Priced(List<ServiceLine> lines, List<String> unpricedCodes) {
        public long totalChargeCents() {
            return lines.stream().mapToLong(ServiceLine::chargeCents).sum();
        }
    }

    /** {@code fee} answers the unit charge of (code, modifier) in cents, if the schedule has one. */
    public static Priced price(List<ServiceLine> lines, BiFunction<String, String, Optional<Long>> fee) {
        List<ServiceLine> priced = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (ServiceLine line : lines) {
            if (line.chargeCents() != null) {
                priced.add(line);
                continue;
            }
            String modifier = line.modifiers() == null || line.modifiers().isEmpty()
                    ? ""
                    : line.modifiers().get(0);
            Optional<Long> unit = fee.apply(line.code(), modifier).or(() -> fee.apply(line.code(), ""));
            if (unit.isEmpty()) {
                missing.add(line.code());
                continue;
            }
            priced.add(new ServiceLine(
                    line.lineNumber(),
                    line.code(),
                    line.modifiers(),
                    line.units(),
                    line.diagnosisPointers(),
                    Math.multiplyExact(unit.get(), (long) line.units())));
        }
        return new Priced(priced, missing);
    }

    private ClaimPricing() {}
}
