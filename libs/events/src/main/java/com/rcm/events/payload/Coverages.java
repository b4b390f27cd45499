package com.rcm.events.payload;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * How an encounter's {@code coverage} and {@code coverages} agree: the list holds every coverage, primary
 * first; the single coverage is the primary. Events written before the list existed carry the single one.
 */
public final class Coverages {

    /** Every coverage sorted by order (unmodifiable); {@code coverage} alone when the list is null or empty. */
    public static List<Coverage> inOrder(Coverage coverage, List<Coverage> coverages) {
        if (coverages == null || coverages.stream().allMatch(Objects::isNull)) {
            return coverage == null ? List.of() : List.of(coverage);
        }
        List<Coverage> sorted =
                new ArrayList<>(coverages.stream().filter(Objects::nonNull).toList());
        sorted.sort(Comparator.comparingInt(Coverage::order));
        return List.copyOf(sorted);
    }

    /** The order-1 coverage, else the first; null when there is none. */
    public static Coverage primaryOf(List<Coverage> coverages) {
        return coverages.stream()
                .filter(c -> c.order() == Coverage.PRIMARY)
                .findFirst()
                .orElse(coverages.isEmpty() ? null : coverages.get(0));
    }

    private Coverages() {}
}
