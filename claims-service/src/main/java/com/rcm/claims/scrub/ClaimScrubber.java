package com.rcm.claims.scrub;

import com.rcm.claims.persistence.ClaimRepository;
import com.rcm.events.payload.EncounterCoded;
import com.rcm.events.payload.Patient;
import com.rcm.events.payload.ServiceLine;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks a claim before every submission, the way a clearinghouse's front-end edits and the payer's
 * would, so that what is sent is accepted the first time. Each failing rule says how to fix it.
 */
@ApplicationScoped
public class ClaimScrubber {
    private final ClaimRepository claims;

    public ClaimScrubber(ClaimRepository claims) {
        this.claims = claims;
    }

    public List<ScrubFinding> scrub(ClaimDraft draft) {
        List<ScrubFinding> findings = new ArrayList<>();
        EncounterCoded e = draft.encounter();
        if (draft.payer().isEmpty()) {
            findings.add(
                    ScrubRule.PAYER_NOT_SET_UP.finding(
                            "coverage.payerId",
                            "payer " + e.coverage().payerId()
                                    + " is not set up for this practice: correct the patient's payer, or add it under /v1/setup/payers"));
        }
        if (!Npi.valid(e.renderingProviderNpi())) {
            findings.add(ScrubRule.NPI_CHECK_DIGIT.finding(
                    "renderingProviderNpi",
                    "rendering NPI " + e.renderingProviderNpi() + " fails the NPI check digit: it is mistyped"));
        } else if (draft.renderingProvider().isEmpty()) {
            findings.add(ScrubRule.RENDERING_PROVIDER_NOT_SET_UP.finding(
                    "renderingProviderNpi",
                    "rendering NPI "
                            + e.renderingProviderNpi() + " is not set up for this practice: add the provider under "
                            + "/v1/setup/rendering-providers, or correct the NPI"));
        }
        if (!Npi.valid(draft.billingProvider().npi())) {
            findings.add(ScrubRule.NPI_CHECK_DIGIT.finding(
                    "billingProvider.npi",
                    "the practice's billing NPI " + draft.billingProvider().npi()
                            + " fails the NPI check digit: correct it under /v1/setup"));
        }
        checkSubscriber(e, findings);
        checkLines(e, draft, findings);
        draft.payer().ifPresent(payer -> {
            LocalDate deadline = e.dateOfService().plusDays(payer.timelyFilingDays());
            if (LocalDate.now().isAfter(deadline)) {
                findings.add(ScrubRule.TIMELY_FILING.finding(
                        "dateOfService",
                        payer.name() + " accepts claims up to "
                                + payer.timelyFilingDays() + " days after the date of service; the limit passed on "
                                + deadline
                                + ". Submit only with proof of timely filing, or write the charge off"));
            }
            if (payer.rules().contains(PayerRule.EM_WITH_PROCEDURE_NEEDS_25)) {
                checkEmWithProcedure(draft.pricedLines(), payer.name(), findings);
            }
        });
        claims.duplicateOf(
                        draft.claimId(),
                        e.coverage().payerId(),
                        e.patient().externalId(),
                        e.dateOfService(),
                        codes(draft.pricedLines()))
                .ifPresent(other -> findings.add(ScrubRule.DUPLICATE_CLAIM.finding(
                        "services",
                        "claim " + other
                                + " already bills the same services for this patient on " + e.dateOfService()
                                + ": void this one, or send a corrected claim for the other")));
        return findings;
    }

    private static void checkSubscriber(EncounterCoded e, List<ScrubFinding> findings) {
        Patient p = e.patient();
        if (!e.coverage().patientIsSubscriber() && e.coverage().subscriber() == null) {
            findings.add(ScrubRule.SUBSCRIBER_DATA_MISSING.finding(
                    "coverage.subscriber",
                    "the patient is not the "
                            + "subscriber: add the subscriber's own name, birth date and sex (coverage.subscriber)"));
        }
        if (e.coverage().memberId() == null || e.coverage().memberId().isBlank()) {
            findings.add(ScrubRule.SUBSCRIBER_DATA_MISSING.finding("coverage.memberId", "the member id is missing"));
        }
        if (p.address() == null || p.address().line1() == null || p.address().postalCode() == null) {
            findings.add(ScrubRule.SUBSCRIBER_DATA_MISSING.finding(
                    "patient.address",
                    "the subscriber's address is "
                            + "required on a professional claim: add street, city, state and ZIP"));
        }
        if (p.dateOfBirth() == null || p.sex() == null) {
            findings.add(ScrubRule.SUBSCRIBER_DATA_MISSING.finding("patient", "birth date and sex are required"));
        }
    }

    private static void checkLines(EncounterCoded e, ClaimDraft draft, List<ScrubFinding> findings) {
        int diagnoses = e.diagnoses().size();
        for (ServiceLine line : draft.pricedLines()) {
            for (Integer pointer : line.diagnosisPointers()) {
                if (pointer == null || pointer < 1 || pointer > Math.min(diagnoses, 12)) {
                    findings.add(ScrubRule.DIAGNOSIS_POINTER.finding(
                            "lines[" + line.lineNumber() + "].diagnosisPointers",
                            "pointer " + pointer + " names no diagnosis of the claim (it has " + diagnoses + ")"));
                }
            }
            if (line.diagnosisPointers().size() > 4) {
                findings.add(ScrubRule.DIAGNOSIS_POINTER.finding(
                        "lines[" + line.lineNumber() + "].diagnosisPointers", "a line points to at most 4 diagnoses"));
            }
        }
        for (String code : draft.unpricedCodes()) {
            findings.add(ScrubRule.LINE_NOT_PRICED.finding(
                    "services",
                    "no fee schedule charge for " + code + " on " + e.dateOfService()
                            + ": add it to the fee schedule, or send the charge with the line"));
        }
        long sum =
                draft.pricedLines().stream().mapToLong(ServiceLine::chargeCents).sum();
        if (draft.unpricedCodes().isEmpty() && (draft.totalChargeCents() != sum || sum <= 0)) {
            findings.add(ScrubRule.TOTAL_CHARGE.finding(
                    "totalChargeCents",
                    "the total charge is "
                            + draft.totalChargeCents() + " cents and the lines add up to " + sum
                            + "; a claim must charge more than zero and its total must equal its lines"));
        }
    }

    private static void checkEmWithProcedure(List<ServiceLine> lines, String payerName, List<ScrubFinding> findings) {
        boolean procedure = lines.stream().anyMatch(l -> !evaluationAndManagement(l.code()));
        if (!procedure) {
            return;
        }
        for (ServiceLine line : lines) {
            boolean has25 = line.modifiers() != null && line.modifiers().contains("25");
            if (evaluationAndManagement(line.code()) && !has25) {
                findings.add(ScrubRule.PAYER_EM_WITH_PROCEDURE_NEEDS_25.finding(
                        "lines[" + line.lineNumber() + "].modifiers",
                        payerName + " pays an E/M billed with a procedure the same day only with "
                                + "modifier 25 on the E/M: add 25 to " + line.code()
                                + " if the visit was significant and separate"));
            }
        }
    }

    private static boolean evaluationAndManagement(String code) {
        if (code == null || !code.matches("99[2-4][0-9]{2}")) {
            return false;
        }
        int value = Integer.parseInt(code);
        return value >= 99202 && value <= 99499;
    }

    private static List<String> codes(List<ServiceLine> lines) {
        return lines.stream().map(ServiceLine::code).sorted().toList();
    }
}
