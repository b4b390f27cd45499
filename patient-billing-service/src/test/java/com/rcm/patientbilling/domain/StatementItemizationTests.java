package com.rcm.patientbilling.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.rcm.events.payload.Adjustment;
import com.rcm.events.payload.PatientResponsibility;
import com.rcm.events.payload.PaymentPosted;
import com.rcm.patientbilling.support.PaymentEvents;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatementItemizationTests {

    @Test
    void eachServiceLineShowsWhatInsurancePaidWroteOffAndLeftToThePatient() {
        List<StatementLine> lines = StatementItemization.of(PaymentEvents.contractExample("P-77"));
        assertEquals(
                List.of("99213", "G0008"),
                lines.stream().map(StatementLine::service).toList());
        StatementLine visit = lines.get(0);
        assertEquals(15000, visit.chargeCents());
        assertEquals(9600, visit.insurancePaidCents());
        assertEquals(3000, visit.insuranceAdjustedCents());
        assertEquals(2400, visit.patientResponsibilityCents());
        assertEquals(2960, StatementItemization.patientResponsibilityOf(lines));
    }

    @Test
    void claimLevelAdjustmentsBecomeOneMoreLineSoTheStatementTiesToTheClaim() {
        List<Adjustment> line = List.of(new Adjustment("CO", "45", 3000));
        // The payer took a 20.00 copay at claim level, outside the service line.
        PaymentPosted posted = new PaymentPosted(
                "C1",
                "E1",
                "R1",
                PaymentEvents.contractExample("P-77").patient(),
                null,
                15000,
                10000,
                List.of(line.get(0), new Adjustment("PR", "3", 2000)),
                new PatientResponsibility(0, 0, 2000, 0),
                List.of(new PaymentPosted.PostedLine(1, "99213", 15000, 12000, line)));

        List<StatementLine> lines = StatementItemization.of(posted);

        assertEquals(2, lines.size());
        assertEquals(StatementItemization.CLAIM_LEVEL, lines.get(1).service());
        assertEquals(15000, lines.stream().mapToLong(StatementLine::chargeCents).sum());
        assertEquals(
                10000,
                lines.stream().mapToLong(StatementLine::insurancePaidCents).sum());
        assertEquals(
                3000,
                lines.stream().mapToLong(StatementLine::insuranceAdjustedCents).sum());
        assertEquals(2000, StatementItemization.patientResponsibilityOf(lines));
    }

    @Test
    void aPostingWithoutServiceLinesIsOneLineForTheWholeClaim() {
        PaymentPosted posted = PaymentEvents.paidInFull("P-77");
        List<StatementLine> lines = StatementItemization.of(posted);
        assertEquals(1, lines.size());
        assertEquals(
                new StatementLine(
                        posted.encounterId(),
                        posted.claimId(),
                        posted.dateOfService(),
                        StatementItemization.WHOLE_CLAIM,
                        18500,
                        14800,
                        3700,
                        0,
                        "Jane Doe"),
                lines.get(0));
    }

    @Test
    void withASupplementalPayerTheServicesAreChargedOnceAndThePatientOwesWhatTheLastPayerLeft() {
        PaymentPosted primary = PaymentEvents.awaitingSupplemental("P-77");
        List<StatementLine> lines = new java.util.ArrayList<>(StatementItemization.of(primary));
        assertEquals(0, StatementItemization.patientResponsibilityOf(lines), "nothing owed while SIMSUPP decides");
        lines.addAll(StatementItemization.of(PaymentEvents.supplementalAfter(primary)));

        assertEquals(18500, lines.stream().mapToLong(StatementLine::chargeCents).sum());
        assertEquals(
                11840 + 1480,
                lines.stream().mapToLong(StatementLine::insurancePaidCents).sum());
        assertEquals(
                3700,
                lines.stream().mapToLong(StatementLine::insuranceAdjustedCents).sum(),
                "only the contractual write-off, not the supplemental's OA-23");
        assertEquals(1480, StatementItemization.patientResponsibilityOf(lines));
        lines.forEach(line -> assertEquals(
                line.chargeCents(),
                line.insurancePaidCents() + line.insuranceAdjustedCents() + line.patientResponsibilityCents(),
                () -> "ties out: " + line));
    }
}
