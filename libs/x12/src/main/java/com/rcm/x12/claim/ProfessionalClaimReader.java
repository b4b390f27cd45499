package com.rcm.x12.claim;

import com.rcm.x12.Address;
import com.rcm.x12.EnvelopeReader;
import com.rcm.x12.Segment;
import com.rcm.x12.SegmentReader;
import com.rcm.x12.X12Amounts;
import com.rcm.x12.X12Exception;
import com.rcm.x12.X12Dates;
import com.rcm.x12.X12ReadResult;
import com.rcm.x12.X12Schemas;
import com.rcm.x12.X12Text;
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
 * everything else (pay-to, referring, other-payer loops, ambulance and DME detail) is skipped.
 * The body is checked against the 005010X222A1 implementation schema
 * ({@link X12Schemas#professionalClaim837()}); findings come back as issues, not exceptions.
 */
public final class ProfessionalClaimReader {

    private static final Set<String> DIAGNOSIS_QUALIFIERS = Set.of("ABK", "ABF", "BK", "BF");

    /** Where in the 837P hierarchy the last segment was, to tell which NM1/N3/N4 belongs to whom. */
    private enum Area { HEADER, BILLING_PROVIDER, SUBSCRIBER, PATIENT, CLAIM, OTHER_SUBSCRIBER, LINE }

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
            line = null;
        }

        void endTransaction() {
            finishClaim();
            if (claims == null) {
                return;
            }
            batches.add(new ProfessionalClaimBatch(envelope.envelope(), batchReference,
                    new Submitter(submitterName, submitterId, contactName, contactPhone), receiver, claims));
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
                        billing.name = X12Text.isBlank(s.element(4)) ? s.element(3)
                                : s.element(3) + " " + s.element(4);
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
                default -> {
                    // Other-payer (2330x) and line-level (2420x) names are not in the model.
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
                billing.address = new Address(nz(billing.line1), billing.line2, s.element(1), s.optional(2),
                        s.element(3));
            } else if (addressee() != null) {
                PersonParts person = addressee();
                person.address = new Address(nz(person.line1), person.line2, s.element(1), s.optional(2),
                        s.element(3));
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
            } else if (area == Area.CLAIM || area == Area.OTHER_SUBSCRIBER) {
                // Loop 2320: another payer's coverage, for coordination of benefits.
                area = Area.OTHER_SUBSCRIBER;
                entity = "";
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
            }
        }

        void finishLine() {
            if (line != null && claim != null) {
                claim.lines.add(new ServiceLine(line.lineNumber, nz(line.procedureCode), line.modifiers,
                        line.chargeCents, line.units, line.placeOfService, line.diagnosisPointers,
                        line.dateOfService, line.lineControlNumber));
            }
            line = null;
        }

        void finishClaim() {
            finishLine();
            if (claim == null || claims == null) {
                claim = null;
                return;
            }
            RenderingProvider rendering = claim.renderingNpi == null ? null
                    : new RenderingProvider(claim.renderingNpi, claim.renderingFirstName,
                            nz(claim.renderingLastName), claim.renderingTaxonomy);
            claims.add(new ProfessionalClaim(billing.build(), subscriber.build(),
                    patient == null ? null : patient.buildPatient(), claim.patientControlNumber,
                    claim.totalChargeCents, claim.placeOfService, claim.frequencyCode,
                    claim.payerClaimControlNumber, claim.diagnoses, rendering, claim.lines));
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

        Subscriber build() {
            return new Subscriber(responsibility, nz(memberId), groupNumber, person.firstName, nz(person.lastName),
                    person.dateOfBirth, person.sex, person.address, nz(payerName), nz(payerId), filingIndicator);
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
