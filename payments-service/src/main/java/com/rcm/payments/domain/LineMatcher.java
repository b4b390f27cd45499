package com.rcm.payments.domain;

import com.rcm.events.payload.ServiceLine;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the billed line each paid service line (SVC) answers: by its line control number (REF*6R,
 * which claims-service sends as {@code <patient control number>-<line number>}), else by the same code
 * and modifiers, else by the same code; each billed line is matched at most once. A line that
 * matches nothing gets null, and is posted without a line number.
 */
public final class LineMatcher {

    public static List<Integer> match(
            String patientControlNumber, List<ServiceLine> billed, List<RemittanceAdvice.ServicePaymentAdvice> paid) {
        Set<Integer> taken = new HashSet<>();
        List<Integer> matched = new ArrayList<>();
        for (RemittanceAdvice.ServicePaymentAdvice line : paid) {
            Integer number = byControlNumber(patientControlNumber, billed, line, taken);
            if (number == null) {
                number = byCode(billed, line, taken, true);
            }
            if (number == null) {
                number = byCode(billed, line, taken, false);
            }
            if (number != null) {
                taken.add(number);
            }
            matched.add(number);
        }
        return matched;
    }

    private static Integer byControlNumber(
            String pcn, List<ServiceLine> billed, RemittanceAdvice.ServicePaymentAdvice line, Set<Integer> taken) {
        String lcn = line.lineControlNumber();
        if (lcn == null || !lcn.startsWith(pcn + "-")) {
            return null;
        }
        return billed.stream()
                .map(ServiceLine::lineNumber)
                .filter(n -> lcn.equals(pcn + "-" + n) && !taken.contains(n))
                .findFirst()
                .orElse(null);
    }

    private static Integer byCode(
            List<ServiceLine> billed,
            RemittanceAdvice.ServicePaymentAdvice line,
            Set<Integer> taken,
            boolean withModifiers) {
        return billed.stream()
                .filter(b -> !taken.contains(b.lineNumber()) && b.code().equals(line.code()))
                .filter(b -> !withModifiers || modifiers(b).equals(line.modifiers()))
                .map(ServiceLine::lineNumber)
                .findFirst()
                .orElse(null);
    }

    private static List<String> modifiers(ServiceLine line) {
        return line.modifiers() == null ? List.of() : line.modifiers();
    }

    private LineMatcher() {}
}
