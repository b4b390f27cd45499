package com.rcm.clearinghouse.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rcm.x12.X12ReadResult;
import com.rcm.x12.remittance.Adjustment;
import com.rcm.x12.remittance.ClaimPayment;
import com.rcm.x12.remittance.Remittance;
import com.rcm.x12.remittance.RemittanceBalance;
import com.rcm.x12.remittance.RemittanceReader;
import com.rcm.x12.remittance.ServicePayment;
import java.util.List;

/** The simulator's 835s read back the way payments-service reads them: libs/x12's RemittanceReader. */
public final class Remittances835 {

    /** The one payment of an 835 that the reader takes without a guide issue, and that balances. */
    public static Remittance read(String x835) {
        X12ReadResult<Remittance> read = new RemittanceReader().read(x835);
        assertEquals(List.of(), read.issues(), x835);
        Remittance remittance = read.single();
        assertTrue(RemittanceBalance.balances(remittance), () -> RemittanceBalance.check(remittance) + "\n" + x835);
        return remittance;
    }

    public static ClaimPayment onlyClaim(String x835) {
        Remittance remittance = read(x835);
        assertEquals(1, remittance.claims().size(), x835);
        return remittance.claims().get(0);
    }

    /** A line's adjustments as "group-CARC cents", e.g. "CO-45 3000", in the 835's order. */
    public static List<String> adjustments(ServicePayment line) {
        return line.adjustments().stream().map(Remittances835::describe).toList();
    }

    private static String describe(Adjustment adjustment) {
        return adjustment.groupCode() + "-" + adjustment.reasonCode() + " " + adjustment.amountCents();
    }

    private Remittances835() {}
}
