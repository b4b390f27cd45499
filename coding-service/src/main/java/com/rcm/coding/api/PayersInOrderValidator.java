package com.rcm.coding.api;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** Checks {@link PayersInOrder}; each finding is a violation on the field it names, not on the whole body. */
public class PayersInOrderValidator implements ConstraintValidator<PayersInOrder, EncounterRequest> {
    private static final int PRIMARY = 1;

    @Override
    public boolean isValid(EncounterRequest request, ConstraintValidatorContext context) {
        if (request == null) {
            return true;
        }
        Findings findings = new Findings(context);
        EncounterRequest.CoverageRequest coverage = request.coverage();
        List<EncounterRequest.CoverageRequest> coverages = request.coverages();
        if (coverage != null && coverages != null) {
            // Our own event record writes both (the primary twice): accepted when they agree.
            if (!namesTheSamePrimary(coverage, coverages)) {
                findings.on(
                        "coverages",
                        "must name coverage as its order-1 entry when both are given: send "
                                + "coverage for one payer, coverages for several");
            }
            checkOrders(coverages, findings);
        } else if (coverage == null && coverages == null) {
            findings.on("coverage", "must not be null (or send coverages, each with its order)");
        } else if (coverage != null) {
            // A lone coverage is the primary; any other order would name a payer ahead of it that is not there.
            if (coverage.order() != null && coverage.order() != PRIMARY) {
                findings.on(
                        "coverage", "order", "must be 1: a lone coverage is the primary; send coverages for several");
            }
        } else {
            checkOrders(coverages, findings);
        }
        return findings.none();
    }

    private static boolean namesTheSamePrimary(
            EncounterRequest.CoverageRequest coverage, List<EncounterRequest.CoverageRequest> coverages) {
        return coverages.stream()
                .filter(Objects::nonNull)
                .filter(c -> c.order() != null && c.order() == PRIMARY)
                .findFirst()
                .filter(primary -> Objects.equals(primary.payerId(), coverage.payerId())
                        && Objects.equals(primary.memberId(), coverage.memberId()))
                .isPresent();
    }

    private static void checkOrders(List<EncounterRequest.CoverageRequest> coverages, Findings findings) {
        Set<Integer> orders = new HashSet<>();
        boolean duplicate = false;
        for (int i = 0; i < coverages.size(); i++) {
            EncounterRequest.CoverageRequest entry = coverages.get(i);
            if (entry == null) {
                continue; // the element's own @NotNull names it
            }
            if (entry.order() == null) {
                findings.onEntry(i, "order", "must not be null: 1 primary, 2 secondary, 3 tertiary");
            } else if (!orders.add(entry.order())) {
                duplicate = true;
            }
        }
        if (duplicate) {
            findings.on("coverages", "orders must differ: one primary (1), one secondary (2), one tertiary (3)");
        }
        boolean allOrdered = coverages.stream().filter(Objects::nonNull).allMatch(c -> c.order() != null);
        if (allOrdered && !coverages.isEmpty() && !orders.contains(PRIMARY)) {
            findings.on("coverages", "must hold the primary payer (order 1)");
        }
    }

    /** Violations on named properties, replacing the constraint's default one on the whole body. */
    private static final class Findings {
        private final ConstraintValidatorContext context;
        private boolean any;

        Findings(ConstraintValidatorContext context) {
            this.context = context;
        }

        void on(String property, String message) {
            start(message).addPropertyNode(property).addConstraintViolation();
        }

        void on(String property, String child, String message) {
            start(message).addPropertyNode(property).addPropertyNode(child).addConstraintViolation();
        }

        void onEntry(int index, String child, String message) {
            start(message)
                    .addPropertyNode("coverages")
                    .addPropertyNode(child)
                    .inIterable()
                    .atIndex(index)
                    .addConstraintViolation();
        }

        boolean none() {
            return !any;
        }

        private ConstraintValidatorContext.ConstraintViolationBuilder start(String message) {
            if (!any) {
                context.disableDefaultConstraintViolation();
                any = true;
            }
            return context.buildConstraintViolationWithTemplate(message);
        }
    }
}
