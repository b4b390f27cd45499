package com.rcm.x12.claimstatus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rcm.x12.InterchangeEnvelope;
import com.rcm.x12.InvalidX12Exception;
import com.rcm.x12.Usage;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class ClaimStatusRoundTripTests {
    private static final InterchangeEnvelope ENVELOPE = new InterchangeEnvelope(
            "ZZ",
            "PRACTICEA",
            "ZZ",
            "SIMCLEARING",
            7,
            7,
            "0001",
            LocalDateTime.of(2026, 12, 2, 9, 30),
            Usage.PRODUCTION);
    private static final ClaimStatusInquiry INQUIRY = new ClaimStatusInquiry(
            ENVELOPE,
            "CST000007",
            "SIMCOMM",
            "SIM COMMERCIAL",
            "SUNRISE CLINIC",
            "1234567893",
            "M123456",
            "JANE",
            "DOE",
            "PA00000012",
            18500,
            LocalDate.of(2026, 11, 2));

    @Test
    void aWritten276ReadsBackAsTheSameInquiry() {
        String x12 = ClaimStatusWriter.toX12(INQUIRY);
        assertTrue(x12.contains("ST*276*0001*005010X212~"), x12);
        assertTrue(x12.contains("TRN*1*CST000007~REF*EJ*PA00000012~AMT*T3*185~DTP*472*RD8*20261102-20261102~"), x12);
        assertEquals(INQUIRY, ClaimStatusReader.readInquiry(x12));
    }

    @Test
    void a277CarriesTheStatusCategoryCodePaidAmountAndPayerClaimNumber() {
        ClaimStatusReport paid = new ClaimStatusReport(
                ENVELOPE,
                "CST000007",
                "SIMCOMM",
                "SIM COMMERCIAL",
                "PA00000012",
                "F1",
                "65",
                LocalDate.of(2026, 11, 20),
                18500,
                11840,
                "SIM1-3");
        String x12 = ClaimStatusWriter.toX12(paid, INQUIRY);
        assertTrue(x12.contains("STC*F1:65*20261120**185*118.40~REF*1K*SIM1-3~REF*EJ*PA00000012~"), x12);
        ClaimStatusReport read = ClaimStatusReader.readReport(x12);
        assertEquals(paid, read);
        assertEquals('F', read.kind());

        ClaimStatusReport pending = new ClaimStatusReport(
                ENVELOPE,
                "CST000007",
                "SIMCOMM",
                "SIM COMMERCIAL",
                "PA00000012",
                "P1",
                "20",
                LocalDate.of(2026, 11, 20),
                18500,
                0,
                null);
        assertEquals(pending, ClaimStatusReader.readReport(ClaimStatusWriter.toX12(pending, INQUIRY)));
    }

    @Test
    void a277WritesTheAmountsAsThePayerReportsThemNegativeOnesToo() {
        // The payer took its payment back (F2 finalized/revised): what it reports paid is -1.50.
        ClaimStatusReport taken = new ClaimStatusReport(
                ENVELOPE,
                "CST000007",
                "SIMCOMM",
                "SIM COMMERCIAL",
                "PA00000012",
                "F2",
                "65",
                LocalDate.of(2026, 11, 20),
                18550,
                -150,
                "SIM1-3");
        String x12 = ClaimStatusWriter.toX12(taken, INQUIRY);
        assertTrue(x12.contains("STC*F2:65*20261120**185.50*-1.50~"), x12);
        assertEquals(taken, ClaimStatusReader.readReport(x12));
    }

    @Test
    void a276RefusesANegativeClaimChargeClearly() {
        ClaimStatusInquiry credit = new ClaimStatusInquiry(
                ENVELOPE,
                "CST000008",
                "SIMCOMM",
                "SIM COMMERCIAL",
                "SUNRISE CLINIC",
                "1234567893",
                "M123456",
                "JANE",
                "DOE",
                "PA00000013",
                -150,
                LocalDate.of(2026, 11, 2));
        IllegalArgumentException refused =
                assertThrows(IllegalArgumentException.class, () -> ClaimStatusWriter.toX12(credit));
        assertEquals("AMT*T3 claim charge cannot be negative, was -1.50", refused.getMessage());
        assertTrue(ClaimStatusWriter.toX12(new ClaimStatusInquiry(
                        ENVELOPE,
                        "CST000009",
                        "SIMCOMM",
                        "SIM COMMERCIAL",
                        "SUNRISE CLINIC",
                        "1234567893",
                        "M123456",
                        "JANE",
                        "DOE",
                        "PA00000014",
                        18505,
                        LocalDate.of(2026, 11, 2)))
                .contains("AMT*T3*185.05~"));
    }

    @Test
    void a277WithoutAStatusOrAnotherSetIsRefused() {
        String x276 = ClaimStatusWriter.toX12(INQUIRY);
        assertThrows(InvalidX12Exception.class, () -> ClaimStatusReader.readReport(x276));
        assertThrows(
                InvalidX12Exception.class, () -> ClaimStatusReader.readInquiry(x276.replace("REF*EJ*PA00000012~", "")));
    }
}
