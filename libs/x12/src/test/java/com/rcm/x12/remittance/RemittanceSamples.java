package com.rcm.x12.remittance;

import com.rcm.x12.Address;
import com.rcm.x12.InterchangeEnvelope;
import com.rcm.x12.Usage;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * One SIMCOMM payment to the practice: a paid claim (CO-45 and PR-2), a denial (CLP02 4), a
 * reversal of an earlier payment (CLP02 22) and provider-level interest and recovery (PLB).
 * BPR02 = 100.00 + 0 − 90.00 − (−1.50 + 5.00) = 6.50.
 */
final class RemittanceSamples {

    static final LocalDate SERVICE_DATE = LocalDate.of(2026, 11, 2);
    static final String PRACTICE_NPI = "1245319599";

    private RemittanceSamples() {}

    static ClaimPayment paid() {
        return new ClaimPayment(
                "PCN1001",
                ClaimPayment.PRIMARY,
                17550,
                10000,
                2000,
                "12",
                "SIM2026110001",
                List.of(),
                "Doe",
                "Jane",
                "M123456",
                List.of(
                        new ServicePayment(
                                "HC",
                                "99213",
                                List.of("25"),
                                15000,
                                8000,
                                java.math.BigDecimal.ONE,
                                SERVICE_DATE,
                                List.of(Adjustment.of("CO", "45", 5000), Adjustment.of("PR", "2", 2000)),
                                "PCN1001-1",
                                List.of()),
                        new ServicePayment(
                                "HC",
                                "G0008",
                                List.of(),
                                2550,
                                2000,
                                null,
                                SERVICE_DATE,
                                List.of(Adjustment.of("CO", "45", 550)),
                                "PCN1001-2",
                                List.of())));
    }

    static ClaimPayment denied() {
        return new ClaimPayment(
                "PCN1002",
                ClaimPayment.DENIED,
                17550,
                0,
                0,
                "12",
                "SIM2026110002",
                List.of(),
                "Roe",
                "Richard",
                "M654321",
                List.of(
                        new ServicePayment(
                                "HC",
                                "99213",
                                List.of(),
                                15000,
                                0,
                                null,
                                SERVICE_DATE,
                                List.of(Adjustment.of("CO", "50", 15000)),
                                "PCN1002-1",
                                List.of("N130", "M25")),
                        new ServicePayment(
                                "HC",
                                "G0008",
                                List.of(),
                                2550,
                                0,
                                null,
                                SERVICE_DATE,
                                List.of(Adjustment.of("CO", "50", 2550)),
                                "PCN1002-2",
                                List.of("N130"))));
    }

    static ClaimPayment reversal() {
        return new ClaimPayment(
                "PCN0990",
                ClaimPayment.REVERSAL,
                -12000,
                -9000,
                0,
                "12",
                "SIM2026100777",
                List.of(Adjustment.of("CO", "45", -3000)),
                "Doe",
                "Jane",
                "M123456",
                List.of());
    }

    static Remittance payment() {
        return new Remittance(
                InterchangeEnvelope.of(
                        "SIMCOMM", "RCMBILLING", 7001, 7001, "0001", LocalDateTime.of(2026, 11, 20, 6, 15), Usage.TEST),
                new PaymentInfo(
                        "C",
                        650,
                        "C",
                        PaymentMethod.ACH,
                        new EftAccounts("011000015", "123456789", "1741234567", "111000025", "987654321"),
                        LocalDate.of(2026, 11, 21)),
                "EFT20261121001",
                "1741234567",
                new Payer(
                        "SIMCOMM HEALTH", "SIMCOMM", Address.of("PO BOX 1000", "Austin", "TX", "78701"), "8005550199"),
                new Payee("AUSTIN FAMILY MEDICINE", PRACTICE_NPI, "741234567"),
                List.of(paid(), denied(), reversal()),
                List.of(
                        new ProviderAdjustment(PRACTICE_NPI, LocalDate.of(2026, 12, 31), "L6", null, -150),
                        new ProviderAdjustment(PRACTICE_NPI, LocalDate.of(2026, 12, 31), "WO", "OLDCLAIM77", 500)));
    }
}
