package com.rcm.clearinghouse.support;

import com.rcm.x12.Address;
import com.rcm.x12.InterchangeEnvelope;
import com.rcm.x12.Usage;
import com.rcm.x12.claim.BillingProvider;
import com.rcm.x12.claim.LineAdjudication;
import com.rcm.x12.claim.OtherPayer;
import com.rcm.x12.claim.ProfessionalClaim;
import com.rcm.x12.claim.ProfessionalClaimBatch;
import com.rcm.x12.claim.ProfessionalClaimWriter;
import com.rcm.x12.claim.Receiver;
import com.rcm.x12.claim.RenderingProvider;
import com.rcm.x12.claim.ServiceLine;
import com.rcm.x12.claim.Submitter;
import com.rcm.x12.claim.Subscriber;
import com.rcm.x12.remittance.Adjustment;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The example encounter's claim (99213-25 for 150.00 and G0008 for 35.00) as libs/x12's model, written
 * by the same {@link ProfessionalClaimWriter} claims-service uses: to a primary payer, or on to a
 * secondary or tertiary payer with the prior payers' decisions in loops 2320/2330 and 2430. Each test
 * takes a date of service of its own: the test profile denies the same member, date and services billed
 * again (CO-18).
 */
public final class ProfessionalClaims {
    private static final LocalDate PRIOR_DECIDED = LocalDate.of(2026, 11, 25);
    private static final BillingProvider PRACTICE = new BillingProvider(
            "Austin Family Medicine",
            "1111111112",
            "741234567",
            "207Q00000X",
            Address.of("100 Congress Ave", "Austin", "TX", "787011234"));

    /** What a prior payer decided on one line: paid, and its adjustments of the rest. */
    public record PriorLine(long paidCents, List<Adjustment> adjustments) {}

    /**
     * A payer that decided the claim before: its SBR01 in loop 2320 and its decision on each line of the
     * example claim (loops 2430); its AMT*D is what it paid on the lines.
     */
    public record PriorDecision(String payerId, String payerResponsibility, List<PriorLine> lines) {

        public PriorDecision(String payerId, String payerResponsibility, PriorLine... lines) {
            this(payerId, payerResponsibility, List.of(lines));
        }

        long paidCents() {
            return lines.stream().mapToLong(PriorLine::paidCents).sum();
        }
    }

    /** The example claim to {@code payerId} as the member's primary payer. */
    public static ProfessionalClaim toPrimary(String pcn, String payerId, String memberId, LocalDate dateOfService) {
        return claim(pcn, subscriber("P", payerId, memberId), lines(pcn, dateOfService, List.of()), List.of());
    }

    /** The example claim sent to {@code payerId} with {@code payerResponsibility} (SBR01) and no prior payer. */
    public static ProfessionalClaim withoutPriorPayer(
            String pcn, String payerResponsibility, String payerId, String memberId, LocalDate dateOfService) {
        return claim(
                pcn,
                subscriber(payerResponsibility, payerId, memberId),
                lines(pcn, dateOfService, List.of()),
                List.of());
    }

    /**
     * The example claim on to {@code payerId} as secondary after {@code priorPayerId} decided each line as
     * {@code priorLines} say (loops 2430) and paid their sum at claim level (2320 AMT*D).
     */
    public static ProfessionalClaim toSecondary(
            String pcn,
            String payerId,
            String memberId,
            LocalDate dateOfService,
            String priorPayerId,
            PriorLine... priorLines) {
        return toLaterPayer(
                pcn, "S", payerId, memberId, dateOfService, new PriorDecision(priorPayerId, "P", priorLines));
    }

    /**
     * The example claim on to {@code payerId} with {@code payerResponsibility} (SBR01 S or T) after each of
     * {@code priorPayers} decided it line by line, in the order given: one 2320 loop per payer, one 2430
     * loop per payer on each line.
     */
    public static ProfessionalClaim toLaterPayer(
            String pcn,
            String payerResponsibility,
            String payerId,
            String memberId,
            LocalDate dateOfService,
            PriorDecision... priorPayers) {
        List<OtherPayer> others = List.of(priorPayers).stream()
                .map(prior -> new OtherPayer(
                        prior.payerResponsibility(),
                        "18",
                        "G1",
                        "CI",
                        memberId,
                        "Jane",
                        "Doe",
                        prior.payerId() + " HEALTH",
                        prior.payerId(),
                        null,
                        prior.paidCents(),
                        List.of()))
                .toList();
        return claim(
                pcn,
                subscriber(payerResponsibility, payerId, memberId),
                lines(pcn, dateOfService, List.of(priorPayers)),
                others);
    }

    /**
     * The example claim on to {@code payerId} as secondary after {@code priorPayerId} decided it at claim
     * level only (2320 CAS and AMT*D, 2330B DTP*573, no 2430 loops).
     */
    public static ProfessionalClaim toSecondaryDecidedAtClaimLevel(
            String pcn,
            String payerId,
            String memberId,
            LocalDate dateOfService,
            String priorPayerId,
            long priorPaidCents,
            List<Adjustment> claimAdjustments) {
        OtherPayer prior = new OtherPayer(
                "P",
                "18",
                "G1",
                "CI",
                memberId,
                "Jane",
                "Doe",
                priorPayerId + " HEALTH",
                priorPayerId,
                PRIOR_DECIDED,
                priorPaidCents,
                claimAdjustments);
        return claim(pcn, subscriber("S", payerId, memberId), lines(pcn, dateOfService, List.of()), List.of(prior));
    }

    /** One 837P interchange from the billing company to the clearinghouse holding {@code claims}. */
    public static String interchange(int controlNumber, ProfessionalClaim... claims) {
        InterchangeEnvelope envelope = InterchangeEnvelope.of(
                "BILLINGCO01PA",
                "SIMCLEARING",
                controlNumber,
                controlNumber,
                "0001",
                LocalDateTime.of(2026, 11, 22, 9, 40),
                Usage.PRODUCTION);
        return new ProfessionalClaimWriter()
                .toX12(new ProfessionalClaimBatch(
                        envelope,
                        String.format("%09d", controlNumber),
                        new Submitter("RCM BILLING CO", "BILLINGCO01", "BILLING OFFICE", "5125550100"),
                        new Receiver("SIM CLEARINGHOUSE", "SIMCLEARING"),
                        List.of(claims)));
    }

    private static Subscriber subscriber(String payerResponsibility, String payerId, String memberId) {
        return new Subscriber(
                payerResponsibility,
                memberId,
                "G1",
                "Jane",
                "Doe",
                LocalDate.of(1980, 4, 1),
                "F",
                Address.of("1 Main St", "Austin", "TX", "78701"),
                "SIM PAYER",
                payerId,
                "CI");
    }

    private static List<ServiceLine> lines(String pcn, LocalDate dateOfService, List<PriorDecision> prior) {
        List<ServiceLine> lines = new ArrayList<>();
        lines.add(line(1, "99213", List.of("25"), 15000, List.of(1, 2), pcn, dateOfService, prior));
        lines.add(line(2, "G0008", List.of(), 3500, List.of(1), pcn, dateOfService, prior));
        return lines;
    }

    private static ServiceLine line(
            int number,
            String code,
            List<String> modifiers,
            long chargeCents,
            List<Integer> pointers,
            String pcn,
            LocalDate dateOfService,
            List<PriorDecision> prior) {
        List<LineAdjudication> decided = prior.stream()
                .map(payer -> new LineAdjudication(
                        payer.payerId(),
                        payer.lines().get(number - 1).paidCents(),
                        code,
                        modifiers,
                        BigDecimal.ONE,
                        payer.lines().get(number - 1).adjustments(),
                        PRIOR_DECIDED))
                .toList();
        return new ServiceLine(
                number,
                code,
                modifiers,
                chargeCents,
                BigDecimal.ONE,
                "11",
                pointers,
                dateOfService,
                pcn + "-" + number,
                decided);
    }

    private static ProfessionalClaim claim(
            String pcn, Subscriber subscriber, List<ServiceLine> lines, List<OtherPayer> priorPayers) {
        return new ProfessionalClaim(
                PRACTICE,
                subscriber,
                null,
                pcn,
                18500,
                "11",
                ProfessionalClaim.ORIGINAL,
                null,
                List.of("E11.9", "I10"),
                new RenderingProvider("1234567893", "JOHN", "SMITH", "207Q00000X"),
                lines,
                priorPayers);
    }

    private ProfessionalClaims() {}
}
