package com.rcm.events.payload;

import java.util.List;

/**
 * One billed service. {@code code} is a CPT or HCPCS code treated as an opaque five-character string;
 * {@code chargeCents} is absent until the fee schedule prices the line.
 */
public record ServiceLine(
        Integer lineNumber,
        String code,
        List<String> modifiers,
        Integer units,
        List<Integer> diagnosisPointers,
        Long chargeCents) {}
