package com.rcm.x12.claim;

import com.rcm.x12.Address;
import com.rcm.x12.InterchangeEnvelope;
import com.rcm.x12.InterchangeWriter;
import com.rcm.x12.X12Amounts;
import com.rcm.x12.X12Dates;
import com.rcm.x12.X12Schemas;
import com.rcm.x12.remittance.AdjustmentSegments;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a batch of professional claims as one 837P 005010X222A1 interchange. Claims of the
 * same billing provider share one 2000A loop; claims of the same subscriber and patient share
 * one 2000B (and 2000C) loop, so the hierarchy is as flat as the guide allows. Output is validated
 * against the 005010X222A1 implementation schema while it is written: a claim the guide does not
 * allow (a frequency other than 1/7/8, a code too long for its element) fails with an
 * {@link com.rcm.x12.X12Exception} naming the segment.
 */
public final class ProfessionalClaimWriter {

    public static final String IMPLEMENTATION = "005010X222A1";

    private final boolean prettyPrint;

    /** Compact output: the whole interchange on one line, as most clearinghouses expect. */
    public ProfessionalClaimWriter() {
        this(false);
    }

    /** @param prettyPrint a newline after each segment terminator, for people reading the file */
    public ProfessionalClaimWriter(boolean prettyPrint) {
        this.prettyPrint = prettyPrint;
    }

    public String toX12(ProfessionalClaimBatch batch) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(batch, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Writes the interchange; does not close the stream. */
    public void write(ProfessionalClaimBatch batch, OutputStream out) {
        if (batch.claims().isEmpty()) {
            throw new IllegalArgumentException("an 837P batch needs at least one claim");
        }
        batch.claims().forEach(ProfessionalClaimWriter::requireSubmittable);
        InterchangeEnvelope envelope = batch.envelope();
        InterchangeWriter x12 = InterchangeWriter.start(
                out,
                prettyPrint,
                envelope,
                "HC",
                "837",
                IMPLEMENTATION,
                IMPLEMENTATION,
                X12Schemas.professionalClaim837());

        // "0019" = information source, subscriber, dependent; "00" = original; "CH" = chargeable claims.
        x12.segment(
                "BHT",
                "0019",
                "00",
                batch.batchReference(),
                X12Dates.d8(envelope.createdAt().toLocalDate()),
                X12Dates.hhmm(envelope.createdAt().toLocalTime()),
                "CH");
        Submitter submitter = batch.submitter();
        x12.segment("NM1", "41", "2", submitter.name(), null, null, null, null, "46", submitter.id());
        x12.segment(
                "PER",
                "IC",
                submitter.contactName(),
                submitter.contactPhone() == null ? null : "TE",
                submitter.contactPhone());
        x12.segment(
                "NM1",
                "40",
                "2",
                batch.receiver().name(),
                null,
                null,
                null,
                null,
                "46",
                batch.receiver().id());

        int hl = 0;
        for (Map.Entry<BillingProvider, Map<PartyKey, List<ProfessionalClaim>>> provider :
                hierarchy(batch.claims()).entrySet()) {
            int providerHl = ++hl;
            writeBillingProvider(x12, providerHl, provider.getKey());
            for (Map.Entry<PartyKey, List<ProfessionalClaim>> party :
                    provider.getValue().entrySet()) {
                Subscriber subscriber = party.getKey().subscriber();
                Patient patient = party.getKey().patient();
                int subscriberHl = ++hl;
                x12.segment(
                        "HL",
                        Integer.toString(subscriberHl),
                        Integer.toString(providerHl),
                        "22",
                        patient == null ? "0" : "1");
                writeSubscriber(x12, subscriber, patient == null);
                if (patient != null) {
                    x12.segment("HL", Integer.toString(++hl), Integer.toString(subscriberHl), "23", "0");
                    writePatient(x12, patient);
                }
                for (ProfessionalClaim claim : party.getValue()) {
                    writeClaim(x12, claim);
                }
            }
        }
        x12.finish();
    }

    private record PartyKey(Subscriber subscriber, Patient patient) {}

    private static Map<BillingProvider, Map<PartyKey, List<ProfessionalClaim>>> hierarchy(
            List<ProfessionalClaim> claims) {
        Map<BillingProvider, Map<PartyKey, List<ProfessionalClaim>>> tree = new LinkedHashMap<>();
        for (ProfessionalClaim claim : claims) {
            tree.computeIfAbsent(claim.billingProvider(), key -> new LinkedHashMap<>())
                    .computeIfAbsent(new PartyKey(claim.subscriber(), claim.patient()), key -> new ArrayList<>())
                    .add(claim);
        }
        return tree;
    }

    private static void writeBillingProvider(InterchangeWriter x12, int hl, BillingProvider provider) {
        x12.segment("HL", Integer.toString(hl), null, "20", "1");
        if (provider.taxonomyCode() != null) {
            x12.segment("PRV", "BI", "PXC", provider.taxonomyCode());
        }
        x12.segment("NM1", "85", "2", provider.organizationName(), null, null, null, null, "XX", provider.npi());
        writeAddress(x12, provider.address());
        x12.segment("REF", "EI", provider.taxId());
    }

    private static void writeSubscriber(InterchangeWriter x12, Subscriber subscriber, boolean isPatient) {
        // SBR02 is "18" (self) only when the subscriber is the patient; otherwise PAT01 says who.
        x12.segment(
                "SBR",
                subscriber.payerResponsibility(),
                isPatient ? ProfessionalClaim.SELF : null,
                subscriber.groupNumber(),
                null,
                subscriber.insuranceTypeCode(),
                null,
                null,
                null,
                subscriber.claimFilingIndicator());
        x12.segment(
                "NM1",
                "IL",
                "1",
                subscriber.lastName(),
                subscriber.firstName(),
                null,
                null,
                null,
                "MI",
                subscriber.memberId());
        writeAddress(x12, subscriber.address());
        writeDemographics(x12, subscriber.dateOfBirth(), subscriber.sex());
        x12.segment("NM1", "PR", "2", subscriber.payerName(), null, null, null, null, "PI", subscriber.payerId());
    }

    private static void writePatient(InterchangeWriter x12, Patient patient) {
        x12.segment("PAT", patient.relationshipCode());
        x12.segment("NM1", "QC", "1", patient.lastName(), patient.firstName());
        writeAddress(x12, patient.address());
        writeDemographics(x12, patient.dateOfBirth(), patient.sex());
    }

    private static void writeClaim(InterchangeWriter x12, ProfessionalClaim claim) {
        // CLM05 = place of service : "B" (professional) : frequency; CLM06 provider signature on
        // file; CLM07 "A" assigned; CLM08 benefits assigned; CLM09 release of information.
        x12.segment(
                "CLM",
                claim.patientControlNumber(),
                X12Amounts.formatNonNegative(
                        claim.totalChargeCents(), "claim " + claim.patientControlNumber() + " CLM02 total charge"),
                null,
                null,
                new String[] {claim.placeOfService(), "B", claim.frequencyCode()},
                "Y",
                "A",
                "Y",
                "Y");
        if (claim.payerClaimControlNumber() != null) {
            x12.segment("REF", "F8", claim.payerClaimControlNumber());
        }
        Object[] hi = new Object[claim.diagnoses().size()];
        for (int i = 0; i < hi.length; i++) {
            hi[i] = new String[] {i == 0 ? "ABK" : "ABF", claim.diagnoses().get(i)};
        }
        x12.segment("HI", hi);
        RenderingProvider rendering = claim.renderingProvider();
        if (rendering != null) {
            x12.segment(
                    "NM1",
                    "82",
                    "1",
                    rendering.lastName(),
                    rendering.firstName(),
                    null,
                    null,
                    null,
                    "XX",
                    rendering.npi());
            if (rendering.taxonomyCode() != null) {
                x12.segment("PRV", "PE", "PXC", rendering.taxonomyCode());
            }
        }
        for (OtherPayer payer : claim.otherPayers()) {
            writeOtherPayer(x12, payer);
        }
        for (ServiceLine line : claim.lines()) {
            writeLine(x12, line);
        }
    }

    /** Loops 2320, 2330A and 2330B: a prior payer, its claim-level decision and its subscriber. */
    private static void writeOtherPayer(InterchangeWriter x12, OtherPayer payer) {
        x12.segment(
                "SBR",
                payer.payerResponsibility(),
                payer.relationshipCode(),
                payer.groupNumber(),
                null,
                null,
                null,
                null,
                null,
                payer.claimFilingIndicator());
        AdjustmentSegments.write(x12, payer.adjustments());
        x12.segment("AMT", "D", X12Amounts.format(payer.paidCents()));
        // OI03 benefits assigned, OI06 release of information: as the claim's own CLM08/CLM09.
        x12.segment("OI", null, null, "Y", null, null, "Y");
        x12.segment(
                "NM1",
                "IL",
                "1",
                payer.subscriberLastName(),
                payer.subscriberFirstName(),
                null,
                null,
                null,
                "MI",
                payer.memberId());
        x12.segment("NM1", "PR", "2", payer.payerName(), null, null, null, null, "PI", payer.payerId());
        if (payer.adjudicatedOn() != null) {
            x12.segment("DTP", "573", "D8", X12Dates.d8(payer.adjudicatedOn()));
        }
    }

    private static void writeLine(InterchangeWriter x12, ServiceLine line) {
        x12.segment("LX", Integer.toString(line.lineNumber()));
        String[] pointers =
                line.diagnosisPointers().stream().map(String::valueOf).toArray(String[]::new);
        x12.segment(
                "SV1",
                procedure(line.procedureCode(), line.modifiers()),
                X12Amounts.formatNonNegative(line.chargeCents(), "line " + line.lineNumber() + " SV102 charge"),
                "UN",
                X12Amounts.formatQuantity(line.units()),
                line.placeOfService(),
                null,
                pointers);
        x12.segment("DTP", "472", "D8", X12Dates.d8(line.dateOfService()));
        if (line.lineControlNumber() != null) {
            x12.segment("REF", "6R", line.lineControlNumber());
        }
        for (LineAdjudication adjudication : line.priorAdjudications()) {
            writeLineAdjudication(x12, adjudication);
        }
    }

    /** Loop 2430: one prior payer's decision on this line. */
    private static void writeLineAdjudication(InterchangeWriter x12, LineAdjudication adjudication) {
        x12.segment(
                "SVD",
                adjudication.payerId(),
                X12Amounts.format(adjudication.paidCents()),
                procedure(adjudication.procedureCode(), adjudication.modifiers()),
                null,
                X12Amounts.formatQuantity(adjudication.paidUnits()));
        AdjustmentSegments.write(x12, adjudication.adjustments());
        x12.segment("DTP", "573", "D8", X12Dates.d8(adjudication.adjudicatedOn()));
    }

    private static String[] procedure(String code, List<String> modifiers) {
        String[] procedure = new String[2 + modifiers.size()];
        procedure[0] = "HC";
        procedure[1] = code;
        for (int i = 0; i < modifiers.size(); i++) {
            procedure[2 + i] = modifiers.get(i);
        }
        return procedure;
    }

    private static void writeAddress(InterchangeWriter x12, Address address) {
        if (address != null) {
            x12.segment("N3", address.line1(), address.line2());
            x12.segment("N4", address.city(), address.state(), address.postalCode());
        }
    }

    private static void writeDemographics(InterchangeWriter x12, java.time.LocalDate dateOfBirth, String sex) {
        if (dateOfBirth != null) {
            x12.segment("DMG", "D8", X12Dates.d8(dateOfBirth), sex);
        }
    }

    /** What a payer's front end would reject outright, caught before the file leaves. */
    static void requireSubmittable(ProfessionalClaim claim) {
        String pcn = claim.patientControlNumber();
        BillingProvider provider = claim.billingProvider();
        if (provider.address() == null || !provider.address().hasNineDigitZip()) {
            fail(pcn, "billing provider address needs a 9-digit ZIP (loop 2010AA N403)");
        }
        if (provider.taxId() == null) {
            fail(pcn, "billing provider needs a tax id (REF*EI)");
        }
        if (claim.lines().isEmpty() || claim.lines().size() > 50) {
            fail(
                    pcn,
                    "a professional claim has 1 to 50 service lines, has "
                            + claim.lines().size());
        }
        if (claim.diagnoses().isEmpty()) {
            fail(pcn, "a professional claim needs at least one diagnosis");
        }
        if (claim.totalChargeCents() != claim.lineChargeCents()) {
            fail(
                    pcn,
                    "total charge " + claim.totalChargeCents() + " cents is not the sum of line charges "
                            + claim.lineChargeCents());
        }
        if (claim.correctsPriorClaim() && claim.payerClaimControlNumber() == null) {
            fail(pcn, "frequency " + claim.frequencyCode() + " needs the payer claim control number (REF*F8)");
        }
        claim.otherPayers().forEach(payer -> requireBalanced(claim, payer));
        for (ServiceLine line : claim.lines()) {
            if (line.dateOfService() == null) {
                fail(pcn, "line " + line.lineNumber() + " has no date of service");
            }
            if (line.diagnosisPointers().isEmpty()) {
                fail(pcn, "line " + line.lineNumber() + " points to no diagnosis");
            }
            for (int pointer : line.diagnosisPointers()) {
                if (pointer < 1 || pointer > claim.diagnoses().size()) {
                    fail(
                            pcn,
                            "line " + line.lineNumber() + " points to diagnosis " + pointer + " of "
                                    + claim.diagnoses().size());
                }
            }
        }
    }

    /**
     * The guide's coordination-of-benefits balance for one prior payer: each line it decided is
     * charge = SVD02 + its line CAS; the claim is charge = AMT*D + claim CAS + every line CAS of
     * that payer. A claim the payer decided at claim level only needs its decision date (2330B DTP*573).
     */
    private static void requireBalanced(ProfessionalClaim claim, OtherPayer payer) {
        String pcn = claim.patientControlNumber();
        long lineAdjusted = 0;
        boolean decidedByLine = false;
        for (ServiceLine line : claim.lines()) {
            for (LineAdjudication adjudication : line.priorAdjudications()) {
                if (!adjudication.payerId().equals(payer.payerId())) {
                    continue;
                }
                decidedByLine = true;
                lineAdjusted += adjudication.adjustedCents();
                if (line.chargeCents() != adjudication.paidCents() + adjudication.adjustedCents()) {
                    fail(
                            pcn,
                            "line " + line.lineNumber() + " charge " + line.chargeCents() + " cents is not payer "
                                    + payer.payerId() + "'s paid " + adjudication.paidCents() + " plus adjustments "
                                    + adjudication.adjustedCents());
                }
            }
        }
        long accounted = payer.paidCents() + payer.adjustedCents() + lineAdjusted;
        if (claim.totalChargeCents() != accounted) {
            fail(
                    pcn,
                    "total charge " + claim.totalChargeCents() + " cents is not payer " + payer.payerId()
                            + "'s paid amount plus its adjustments (" + accounted + ")");
        }
        if (!decidedByLine && payer.adjudicatedOn() == null) {
            fail(pcn, "payer " + payer.payerId() + " decided at claim level and needs its date (2330B DTP*573)");
        }
    }

    private static void fail(String pcn, String problem) {
        throw new IllegalArgumentException("claim " + pcn + ": " + problem);
    }
}
