package com.rcm.x12.eligibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rcm.x12.InterchangeEnvelope;
import com.rcm.x12.InvalidX12Exception;
import com.rcm.x12.Usage;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class EligibilityRoundTripTests {
    private static final InterchangeEnvelope ENVELOPE = new InterchangeEnvelope(
            "ZZ",
            "PRACTICEA",
            "ZZ",
            "SIMCLEARING",
            42,
            42,
            "0001",
            LocalDateTime.of(2026, 12, 2, 9, 30),
            Usage.PRODUCTION);
    private static final LocalDate DOS = LocalDate.of(2026, 12, 3);
    static final EligibilityInquiry INQUIRY = new EligibilityInquiry(
            ENVELOPE,
            "ELG000042",
            "SIMCOMM",
            "SIM COMMERCIAL",
            "SUNRISE CLINIC",
            "1234567893",
            "M555001",
            "JANE",
            "DOE",
            LocalDate.of(1980, 4, 1),
            DOS);

    @Test
    void aWritten270ReadsBackAsTheSameInquiry() {
        String x12 = EligibilityWriter.toX12(INQUIRY);
        assertTrue(x12.contains("ST*270*0001*005010X279A1~"), x12);
        assertTrue(x12.contains("NM1*IL*1*DOE*JANE****MI*M555001~DMG*D8*19800401~DTP*291*D8*20261203~EQ*30~"), x12);
        assertEquals(INQUIRY, EligibilityReader.readInquiry(x12));
    }

    @Test
    void anActive271CarriesThePlanCopayCoinsuranceAndDeductibleLeft() {
        EligibilityResponse active =
                answer(EligibilityResponse.Status.ACTIVE, "GOLD PPO", 2500L, 20, 100000L, 60000L, true, null);
        String x12 = EligibilityWriter.toX12(active);
        assertTrue(x12.contains("EB*1*IND*30**GOLD PPO~"), x12);
        assertTrue(x12.contains("EB*B*IND*30***27*25*****Y~"), x12);
        assertTrue(x12.contains("EB*A*IND*30***27**0.2****Y~"), x12);
        assertTrue(x12.contains("EB*C*IND*30***23*1000*****Y~EB*C*IND*30***29*600*****Y~"), x12);
        assertEquals(active, EligibilityReader.readResponse(x12));
    }

    @Test
    void writesBenefitAmountsToTheCentAndRefusesANegativeOneClearly() {
        EligibilityResponse cents =
                answer(EligibilityResponse.Status.ACTIVE, "GOLD PPO", 1250L, null, 100005L, 150L, true, null);
        String x12 = EligibilityWriter.toX12(cents);
        assertTrue(x12.contains("EB*B*IND*30***27*12.50*****Y~"), x12);
        assertTrue(x12.contains("EB*C*IND*30***23*1000.05*****Y~EB*C*IND*30***29*1.50*****Y~"), x12);
        assertEquals(cents, EligibilityReader.readResponse(x12));

        // No plan has a negative copay or deductible: a payer's 271 saying so is refused before it leaves.
        IllegalArgumentException copay = assertThrows(
                IllegalArgumentException.class,
                () -> EligibilityWriter.toX12(
                        answer(EligibilityResponse.Status.ACTIVE, "GOLD PPO", -150L, null, null, null, true, null)));
        assertEquals("EB07 copay cannot be negative, was -1.50", copay.getMessage());
        IllegalArgumentException left = assertThrows(
                IllegalArgumentException.class,
                () -> EligibilityWriter.toX12(
                        answer(EligibilityResponse.Status.ACTIVE, "GOLD PPO", null, null, 100000L, -150L, true, null)));
        assertEquals("EB07 deductible remaining cannot be negative, was -1.50", left.getMessage());
    }

    @Test
    void inactiveCoverageAndAnUnknownMemberAreToldApart() {
        EligibilityResponse inactive =
                answer(EligibilityResponse.Status.INACTIVE, "GOLD PPO", null, null, null, null, null, null);
        assertEquals(inactive, EligibilityReader.readResponse(EligibilityWriter.toX12(inactive)));

        EligibilityResponse unknown =
                answer(EligibilityResponse.Status.MEMBER_NOT_FOUND, null, null, null, null, null, null, "75");
        String x12 = EligibilityWriter.toX12(unknown);
        assertTrue(x12.contains("AAA*N**75*C~"), x12);
        EligibilityResponse read = EligibilityReader.readResponse(x12);
        assertEquals(EligibilityResponse.Status.MEMBER_NOT_FOUND, read.status());
        assertEquals("75", read.rejectReason());
        assertNull(read.dateOfService());
    }

    @Test
    void anotherTransactionSetOrABrokenEnvelopeIsRefused() {
        String x270 = EligibilityWriter.toX12(INQUIRY);
        InvalidX12Exception wrongSet =
                assertThrows(InvalidX12Exception.class, () -> EligibilityReader.readResponse(x270));
        assertTrue(
                wrongSet.errors().get(0).contains("expected a 271"),
                wrongSet.errors().toString());
        assertThrows(InvalidX12Exception.class, () -> EligibilityReader.readInquiry(x270.replace("SE*", "XX*")));
        assertThrows(InvalidX12Exception.class, () -> EligibilityReader.readInquiry("not x12"));
    }

    private static EligibilityResponse answer(
            EligibilityResponse.Status status,
            String plan,
            Long copay,
            Integer coinsurance,
            Long deductible,
            Long remaining,
            Boolean inNetwork,
            String reject) {
        return new EligibilityResponse(
                ENVELOPE,
                "ELG000042",
                "SIMCOMM",
                "SIM COMMERCIAL",
                "SUNRISE CLINIC",
                "1234567893",
                "M555001",
                "JANE",
                "DOE",
                status == EligibilityResponse.Status.MEMBER_NOT_FOUND ? null : DOS,
                status,
                plan,
                copay,
                coinsurance,
                deductible,
                remaining,
                inNetwork,
                reject);
    }
}
