package com.rcm.x12.claim;

import com.rcm.x12.Address;
import com.rcm.x12.EnvelopeReader;
import com.rcm.x12.Segment;
import com.rcm.x12.SegmentReader;
import com.rcm.x12.X12Amounts;
import com.rcm.x12.X12Dates;
import com.rcm.x12.X12Exception;
import com.rcm.x12.X12ReadResult;
import com.rcm.x12.X12Schemas;
import com.rcm.x12.X12Text;
import com.rcm.x12.remittance.Adjustment;
import com.rcm.x12.remittance.AdjustmentSegments;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads 837P interchanges back into {@link ProfessionalClaimBatch}es, one per ST. Reads what
 * {@link ProfessionalClaimWriter} writes and the parts of other senders' files the model holds;
 * the other-payer loops (2320, 2330A/B, 2430) of claims to a secondary or tertiary payer are read;
 * everything else (pay-to, referring, ambulance and DME detail) is skipped.
 * The body is checked against the 005010X222A1 implementation schema
 * ({@link X12Schemas#professionalClaim837()}); findings come back as issues, not exceptions.
 */
public final class ProfessionalClaimReader {

    private static final Set<String> DIAGNOSIS_QUALIFIERS = Set.of("ABK", "ABF", "BK", "BF");

    /** Where in the 837P hierarchy the last segment was, to tell which NM1/N3/N4 belongs to whom. */
    private enum Area {
        HEADER,
        BILLING_PROVIDER,
        SUBSCRIBER,
        PATIENT,
        CLAIM,
        OTHER_SUBSCRIBER,
        LINE
    }

    public X12ReadResult<ProfessionalClaimBatch> read(String x12) {
        return read(new ByteArrayInputStream(x12.getBytes(StandardCharsets.UTF_8)));
    }

    public X12ReadResult<ProfessionalClaimBatch> read(InputStream input) {
        try (SegmentReader segments = new SegmentReader(input, X12Schemas.professionalClaim837())) {
            State state = new State();
            for (Segment segment = segments.next(); segment != null; segment = segments.next()) {
                try {
                    state.accept(segment);
                } catch (IllegalArgumentException e) {
                    // An unreadable amount cannot be posted as zero: the whole file needs a person.
                    throw new X12Exception("unreadable " + segment.tag() + " segment: " + e.getMessage(), e);
                }
            }
            return new X12ReadResult<>(state.batches, segments.issues());
        }
    }

    private static final class State {
        final List<ProfessionalClaimBatch> batches = new ArrayList<>();
        final EnvelopeReader envelope = new EnvelopeReader();
        Area area = Area.HEADER;
        String entity = "";

        String batchReference;
        String submitterName;
        String submitterId;
        String contactName;
        String contactPhone;
        Receiver receiver;
        List<ProfessionalClaim> claims;

        BillingProviderParts billing = new BillingProviderParts();
        SubscriberParts subscriber = new SubscriberParts();
        PersonParts patient;
        ClaimParts claim;
        OtherPayerParts otherPayer;
        LineParts line;

        void accept(Segment s) {
            if (envelope.accept(s)) {
                if (s.tag().equals("ST")) {
                    startTransaction();
                }
                return;
            }
            switch (s.tag()) {
                case "BHT" -> batchReference = s.element(3);
                case "HL" -> hierarchyLevel(s);
                case "NM1" -> name(s);
                case "PER" -> contact(s);
                case "N3" -> street(s);
                case "N4" -> city(s);
                case "DMG" -> demographics(s);
                case "REF" -> reference(s);
                case "PRV" -> taxonomy(s);
                case "SBR" -> subscriberInformation(s);
                case "PAT" -> {
                    if (area == Area.PATIENT) {
                        patient.relationshipCode = s.element(1);
                    }
                }
                case "CLM" -> claimInformation(s);
                case "HI" -> diagnoses(s);
                case "LX" -> serviceLineNumber(s);
                case "SV1" -> professionalService(s);
                case "DTP" -> date(s);
                case "CAS" -> adjustments(s);
                case "AMT" -> amount(s);
                case "SVD" -> lineAdjudication(s);
                case "SE" -> endTransaction();
                default -> {
                    // Segments the model does not hold.
                }
            }
        }

        void startTransaction() {
            area = Area.HEADER;
            entity = "";
            batchReference = "";
            submitterName = "";
            submitterId = "";
            contactName = null;
            contactPhone = null;
            receiver = new Receiver("", "");
            claims = new ArrayList<>();
            billing = new BillingProviderParts();
            subscriber = new SubscriberParts();
            patient = null;
            claim = null;
            otherPayer = null;
            line = null;
        }

        void endTransaction() {
            finishClaim();
            if (claims == null) {
                return;
            }
            batches.add(new ProfessionalClaimBatch(
                    envelope.envelope(),
                    batchReference,
                    new Submitter(submitterName, submitterId, contactName, contactPhone),
                    receiver,
                    claims));
            claims = null;
        }

        void hierarchyLevel(Segment s) {
            finishClaim();
            entity = "";
            switch (s.element(3)) {
                case "20" -> {
                    area = Area.BILLING_PROVIDER;
                    billing = new BillingProviderParts();
                    subscriber = new SubscriberParts();
                    patient = null;
                }
                case "22" -> {
                    area = Area.SUBSCRIBER;
                    subscriber = new SubscriberParts();
                    patient = null;
                }
                case "23" -> {
                    area = Area.PATIENT;
                    patient = new PersonParts();
                }
                default -> area = Area.HEADER;
            }
        }

        void name(Segment s) {
            entity = s.element(1);
            String id = s.element(9);
            switch (area) {
                case HEADER -> {
                    if (entity.equals("41")) {
                        submitterName = s.element(3);
                        submitterId = id;
                    } else if (entity.equals("40")) {
                        receiver = new Receiver(s.element(3), id);
                    }
                }
                case BILLING_PROVIDER -> {
                    if (entity.equals("85")) {
                        billing.name = X12Text.isBlank(s.element(4)) ? s.element(3) : s.element(3) + " " + s.element(4);
                        billing.npi = id;
                    }
                }
                case SUBSCRIBER -> {
                    if (entity.equals("IL")) {
                        subscriber.person.lastName = s.element(3);
                        subscriber.person.firstName = s.optional(4);
                        subscriber.memberId = id;
                    } else if (entity.equals("PR")) {
                        subscriber.payerName = s.element(3);
                        subscriber.payerId = id;
                    }
                }
                case PATIENT -> {
                    if (entity.equals("QC")) {
                        patient.lastName = s.element(3);
                        patient.firstName = s.optional(4);
                    }
                }
                case CLAIM -> {
                    if (entity.equals("82")) {
                        claim.renderingNpi = id;
                        claim.renderingLastName = s.element(3);
                        claim.renderingFirstName = s.optional(4);
                    }
                }
                case OTHER_SUBSCRIBER -> {
                    if (entity.equals("IL")) {
                        otherPayer.memberId = id;
                        otherPayer.subscriberLastName = s.element(3);
                        otherPayer.subscriberFirstName = s.optional(4);
                    } else if (entity.equals("PR")) {
                        otherPayer.payerName = s.element(3);
                        otherPayer.payerId = id;
                    }
                }
                default -> {
                    // Line-level (2420x) names are not in the model.
                }
            }
        }

        void contact(Segment s) {
            if (area == Area.HEADER && entity.equals("41") && contactName == null) {
                contactName = s.optional(2);
                contactPhone = "TE".equals(s.element(3)) ? s.optional(4) : null;
            }
        }

        PersonParts addressee() {
            if (area == Area.SUBSCRIBER && entity.equals("IL")) {
                return subscriber.person;
            }
            if (area == Area.PATIENT && entity.equals("QC")) {
                return patient;
            }
            return null;
        }

        void street(Segment s) {
            if (area == Area.BILLING_PROVIDER && entity.equals("85")) {
                billing.line1 = s.element(1);
                billing.line2 = s.optional(2);
            } else if (addressee() != null) {
                addressee().line1 = s.element(1);
                addressee().line2 = s.optional(2);
            }
        }

        void city(Segment s) {
            if (area == Area.BILLING_PROVIDER && entity.equals("85")) {
                billing.address =
                        new Address(nz(billing.line1), billing.line2, s.element(1), s.optional(2), s.element(3));
            } else if (addressee() != null) {
                PersonParts person = addressee();
                person.address = new Address(nz(person.line1), person.line2, s.element(1), s.optional(2), s.element(3));
            }
        }

        void demographics(Segment s) {
            if (addressee() != null) {
                addressee().dateOfBirth = X12Dates.parseD8(s.element(2));
                addressee().sex = s.optional(3);
            }
        }

        void reference(Segment s) {
            String qualifier = s.element(1);
            if (area == Area.BILLING_PROVIDER && qualifier.equals("EI") && billing.taxId == null) {
                billing.taxId = s.element(2);
            } else if (area == Area.CLAIM && qualifier.equals("F8")) {
                claim.payerClaimControlNumber = s.element(2);
            } else if (area == Area.LINE && qualifier.equals("6R")) {
                line.lineControlNumber = s.element(2);
            }
        }

        void taxonomy(Segment s) {
            if (area == Area.BILLING_PROVIDER && s.element(1).equals("BI")) {
                billing.taxonomy = s.element(3);
            } else if (area == Area.CLAIM && s.element(1).equals("PE") && entity.equals("82")) {
                claim.renderingTaxonomy = s.element(3);
            }
        }

        void subscriberInformation(Segment s) {
            if (area == Area.SUBSCRIBER) {
                subscriber.responsibility = s.element(1);
                subscriber.groupNumber = s.optional(3);
                subscriber.filingIndicator = s.optional(9);
                subscriber.insuranceTypeCode = s.optional(5);
            } else if (area == Area.CLAIM || area == Area.OTHER_SUBSCRIBER) {
                // Loop 2320: a payer that decided the claim before, for coordination of benefits.
                finishOtherPayer();
                area = Area.OTHER_SUBSCRIBER;
                entity = "";
                otherPayer = new OtherPayerParts();
                otherPayer.responsibility = s.element(1);
                otherPayer.relationshipCode = s.optional(2);
                otherPayer.groupNumber = s.optional(3);
                otherPayer.filingIndicator = s.optional(9);
            }
        }

        void claimInformation(Segment s) {
            finishClaim();
            claim = new ClaimParts();
            claim.patientControlNumber = s.element(1);
            claim.totalChargeCents = X12Amounts.toCentsOrZero(s.element(2));
            claim.placeOfService = s.component(5, 1);
            claim.frequencyCode = s.component(5, 3);
            area = Area.CLAIM;
            entity = "";
        }

        void diagnoses(Segment s) {
            if (area != Area.CLAIM) {
                return;
            }
            for (int position = 1; position <= s.size(); position++) {
                if (DIAGNOSIS_QUALIFIERS.contains(s.component(position, 1))) {
                    claim.diagnoses.add(s.component(position, 2));
                }
            }
        }

        void serviceLineNumber(Segment s) {
            if (claim == null) {
                return;
            }
            finishLine();
            finishOtherPayer();
            line = new LineParts();
            line.lineNumber = parseInt(s.element(1), claim.lines.size() + 1);
            area = Area.LINE;
            entity = "";
        }

        void professionalService(Segment s) {
            if (area != Area.LINE) {
                return;
            }
            line.procedureCode = s.component(1, 2);
            for (int component = 3; component <= 6; component++) {
                String modifier = s.component(1, component);
                if (!modifier.isBlank()) {
                    line.modifiers.add(modifier);
                }
            }
            line.chargeCents = X12Amounts.toCentsOrZero(s.element(2));
            BigDecimal units = X12Amounts.toQuantity(s.element(4));
            line.units = units == null ? BigDecimal.ONE : units;
            line.placeOfService = s.optional(5);
            for (String pointer : s.components(7)) {
                int value = parseInt(pointer, 0);
                if (value > 0) {
                    line.diagnosisPointers.add(value);
                }
            }
        }

        void date(Segment s) {
            if (area == Area.LINE && s.element(1).equals("472")) {
                line.dateOfService = X12Dates.parseD8(s.element(3));
            } else if (area == Area.LINE && s.element(1).equals("573") && line.adjudication != null) {
                line.adjudication.adjudicatedOn = X12Dates.parseD8(s.element(3));
            } else if (area == Area.OTHER_SUBSCRIBER && s.element(1).equals("573") && entity.equals("PR")) {
                otherPayer.adjudicatedOn = X12Dates.parseD8(s.element(3));
            }
        }

        void adjustments(Segment s) {
            if (area == Area.OTHER_SUBSCRIBER && entity.isEmpty()) {
                otherPayer.adjustments.addAll(AdjustmentSegments.read(s));
            } else if (area == Area.LINE && line.adjudication != null) {
                line.adjudication.adjustments.addAll(AdjustmentSegments.read(s));
            }
        }

        void amount(Segment s) {
            if (area == Area.OTHER_SUBSCRIBER
                    && entity.isEmpty()
                    && s.element(1).equals("D")) {
                otherPayer.paidCents = X12Amounts.toCents(s.element(2));
            }
        }

        void lineAdjudication(Segment s) {
            if (area != Area.LINE) {
                return;
            }
            line.finishAdjudication();
            LineAdjudicationParts adjudication = new LineAdjudicationParts();
            adjudication.payerId = s.element(1);
            adjudication.paidCents = X12Amounts.toCents(s.element(2));
            adjudication.procedureCode = s.component(3, 2);
            for (int component = 3; component <= 6; component++) {
                String modifier = s.component(3, component);
                if (!modifier.isBlank()) {
                    adjudication.modifiers.add(modifier);
                }
            }
            adjudication.paidUnits = X12Amounts.toQuantity(s.element(5));
            line.adjudication = adjudication;
        }

        void finishOtherPayer() {
            if (otherPayer != null && claim != null) {
                claim.otherPayers.add(otherPayer.build());
            }
            otherPayer = null;
        }

        void finishLine() {
            if (line != null && claim != null) {
                line.finishAdjudication();
                claim.lines.add(new ServiceLine(
                        line.lineNumber,
                        nz(line.procedureCode),
                        line.modifiers,
                        line.chargeCents,
                        line.units,
                        line.placeOfService,
                        line.diagnosisPointers,
                        line.dateOfService,
                        line.lineControlNumber,
                        line.adjudications));
            }
            line = null;
        }

        void finishClaim() {
            finishLine();
            finishOtherPayer();
            if (claim == null || claims == null) {
                claim = null;
                return;
            }
            RenderingProvider rendering = claim.renderingNpi == null
                    ? null
                    : new RenderingProvider(
                            claim.renderingNpi,
                            claim.renderingFirstName,
                            nz(claim.renderingLastName),
                            claim.renderingTaxonomy);
            claims.add(new ProfessionalClaim(
                    billing.build(),
                    subscriber.build(),
                    patient == null ? null : patient.buildPatient(),
                    claim.patientControlNumber,
                    claim.totalChargeCents,
                    claim.placeOfService,
                    claim.frequencyCode,
                    claim.payerClaimControlNumber,
                    claim.diagnoses,
                    rendering,
                    claim.lines,
                    claim.otherPayers));
            claim = null;
            // Back under the subscriber or patient HL: a following CLM belongs to it too.
            area = patient == null ? Area.SUBSCRIBER : Area.PATIENT;
        }
    }

    private static class PersonParts {
        String relationshipCode = "";
        String firstName;
        String lastName;
        LocalDate dateOfBirth;
        String sex;
        String line1;
        String line2;
        Address address;

        Patient buildPatient() {
            return new Patient(relationshipCode, firstName, nz(lastName), dateOfBirth, sex, address);
        }
    }

    private static final class BillingProviderParts {
        String name;
        String npi;
        String taxId;
        String taxonomy;
        String line1;
        String line2;
        Address address;

        BillingProvider build() {
            return new BillingProvider(nz(name), nz(npi), taxId, taxonomy, address);
        }
    }

    private static final class SubscriberParts {
        final PersonParts person = new PersonParts();
        String responsibility = "";
        String memberId;
        String groupNumber;
        String payerName;
        String payerId;
        String filingIndicator;
        String insuranceTypeCode;

        Subscriber build() {
            return new Subscriber(
                    responsibility,
                    nz(memberId),
                    groupNumber,
                    person.firstName,
                    nz(person.lastName),
                    person.dateOfBirth,
                    person.sex,
                    person.address,
                    nz(payerName),
                    nz(payerId),
                    filingIndicator,
                    insuranceTypeCode);
        }
    }

    private static final class ClaimParts {
        String patientControlNumber;
        long totalChargeCents;
        String placeOfService;
        String frequencyCode;
        String payerClaimControlNumber;
        final List<String> diagnoses = new ArrayList<>();
        String renderingNpi;
        String renderingFirstName;
        String renderingLastName;
        String renderingTaxonomy;
        final List<ServiceLine> lines = new ArrayList<>();
        final List<OtherPayer> otherPayers = new ArrayList<>();
    }

    private static final class OtherPayerParts {
        String responsibility = "";
        String relationshipCode;
        String groupNumber;
        String filingIndicator;
        String memberId;
        String subscriberFirstName;
        String subscriberLastName;
        String payerName;
        String payerId;
        LocalDate adjudicatedOn;
        long paidCents;
        final List<Adjustment> adjustments = new ArrayList<>();

        OtherPayer build() {
            return new OtherPayer(
                    responsibility,
                    relationshipCode,
                    groupNumber,
                    filingIndicator,
                    nz(memberId),
                    subscriberFirstName,
                    nz(subscriberLastName),
                    nz(payerName),
                    nz(payerId),
                    adjudicatedOn,
                    paidCents,
                    adjustments);
        }
    }

    private static final class LineAdjudicationParts {
        String payerId;
        long paidCents;
        String procedureCode;
        final List<String> modifiers = new ArrayList<>();
        BigDecimal paidUnits;
        final List<Adjustment> adjustments = new ArrayList<>();
        LocalDate adjudicatedOn;
    }

    private static final class LineParts {
        int lineNumber;
        String procedureCode;
        final List<String> modifiers = new ArrayList<>();
        long chargeCents;
        BigDecimal units = BigDecimal.ONE;
        String placeOfService;
        final List<Integer> diagnosisPointers = new ArrayList<>();
        LocalDate dateOfService;
        String lineControlNumber;
        LineAdjudicationParts adjudication;
        final List<LineAdjudication> adjudications = new ArrayList<>();

        /** A 2430 loop without its required DTP*573 is still the payer's decision: the claim's date stands in. */
        void finishAdjudication() {
            if (adjudication != null) {
                LocalDate decided = adjudication.adjudicatedOn != null ? adjudication.adjudicatedOn : dateOfService;
                adjudications.add(new LineAdjudication(
                        nz(adjudication.payerId),
                        adjudication.paidCents,
                        nz(adjudication.procedureCode),
                        adjudication.modifiers,
                        adjudication.paidUnits,
                        adjudication.adjustments,
                        decided == null ? LocalDate.EPOCH : decided));
            }
            adjudication = null;
        }
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }

    private static int parseInt(String value, int fallback) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
