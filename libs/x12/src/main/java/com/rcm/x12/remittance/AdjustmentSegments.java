package com.rcm.x12.remittance;

import com.rcm.x12.InterchangeWriter;
import com.rcm.x12.Segment;
import com.rcm.x12.X12Amounts;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * CAS segments, as the 835 writes a payer's adjustments and the 837P copies them into its
 * other-payer loops (2320, 2430) for the next payer.
 */
public final class AdjustmentSegments {

    private static final int TRIPLETS_PER_CAS = 6;

    private AdjustmentSegments() {}

    /**
     * One CAS per group code (the guides do not repeat a group code within a loop), six
     * reason/amount/quantity triplets per segment; more than six start another CAS.
     */
    public static void write(InterchangeWriter x12, List<Adjustment> adjustments) {
        Map<String, List<Adjustment>> byGroup = new LinkedHashMap<>();
        for (Adjustment adjustment : adjustments) {
            byGroup.computeIfAbsent(adjustment.groupCode(), key -> new ArrayList<>())
                    .add(adjustment);
        }
        for (Map.Entry<String, List<Adjustment>> group : byGroup.entrySet()) {
            List<Adjustment> all = group.getValue();
            for (int start = 0; start < all.size(); start += TRIPLETS_PER_CAS) {
                List<Adjustment> chunk = all.subList(start, Math.min(all.size(), start + TRIPLETS_PER_CAS));
                Object[] cas = new Object[1 + 3 * chunk.size()];
                cas[0] = group.getKey();
                for (int i = 0; i < chunk.size(); i++) {
                    Adjustment adjustment = chunk.get(i);
                    cas[1 + 3 * i] = adjustment.reasonCode();
                    cas[2 + 3 * i] = X12Amounts.format(adjustment.amountCents());
                    BigDecimal quantity = adjustment.quantity();
                    cas[3 + 3 * i] = quantity == null ? null : X12Amounts.formatQuantity(quantity);
                }
                x12.segment("CAS", cas);
            }
        }
    }

    /** Every triplet of one CAS; an unreadable amount throws, as an amount read as zero would lose money. */
    public static List<Adjustment> read(Segment cas) {
        List<Adjustment> adjustments = new ArrayList<>();
        String group = cas.element(1);
        for (int triplet = 0; triplet < TRIPLETS_PER_CAS; triplet++) {
            String reason = cas.element(2 + 3 * triplet);
            if (!reason.isBlank()) {
                adjustments.add(new Adjustment(
                        group,
                        reason,
                        X12Amounts.toCentsOrZero(cas.element(3 + 3 * triplet)),
                        X12Amounts.toQuantity(cas.element(4 + 3 * triplet))));
            }
        }
        return adjustments;
    }
}
