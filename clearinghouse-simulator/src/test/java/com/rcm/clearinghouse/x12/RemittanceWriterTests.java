package com.rcm.clearinghouse.x12;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rcm.clearinghouse.domain.ClaimDecision;
import com.rcm.clearinghouse.domain.MemberBenefits;
import com.rcm.clearinghouse.domain.PayerContract;
import com.rcm.clearinghouse.domain.PayerRules;
import com.rcm.clearinghouse.domain.ReceivedClaim;
import com.rcm.clearinghouse.support.Claims837;
import com.rcm.x12.X12ReadResult;
import com.rcm.x12.remittance.Remittance;
import com.rcm.x12.remittance.RemittanceBalance;
import com.rcm.x12.remittance.RemittanceReader;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The simulator's 835 read back by the platform's own 835 reader: valid, balanced, one payment per payer. */
class RemittanceWriterTests {

    @Test
    void claimsOfTwoPayersArePaidInOneTransactionSetEachAndBalance() {
        PayerRules rules = new PayerRules(new PayerContract(80, 20), Set.of());
        List<ClaimDecision> decided = List.of(
                decide(rules, Claims837.contractExample("PA00000081", "M123456", "20261102", "SIMCOMM")),
                decide(rules, Claims837.contractExample("PA00000082", "M123456", "20261102", "SIMMCARE")),
                decide(rules, Claims837.contractExample("PA00000083", "M123456", "20261103", "SIMCOMM")));

        String era = RemittanceWriter.write(decided, "SIMCLEARING", 77, payer -> "SIMMCARE".equals(payer) ? 150 : 0);

        X12ReadResult<Remittance> read = new RemittanceReader().read(era);
        assertEquals(List.of(), read.issues(), era);
        assertEquals(2, read.transactions().size(), "one payment per payer");
        Remittance commercial = read.transactions().get(0);
        Remittance medicare = read.transactions().get(1);
        assertEquals(2, commercial.claims().size());
        assertEquals(1, medicare.claims().size());
        assertEquals("SIM77", commercial.traceNumber());
        assertEquals("SIM77-2", medicare.traceNumber());
        read.transactions().forEach(remittance -> assertTrue(RemittanceBalance.balances(remittance),
                () -> RemittanceBalance.check(remittance).toString()));
    }

    private static ClaimDecision decide(PayerRules rules, String x12) {
        ReceivedClaim claim = ClaimReader.read(x12).get(0);
        return rules.decide(claim, MemberBenefits.NONE, false);
    }
}
