package com.rcm.x12.remittance;

import com.rcm.x12.Address;
import com.rcm.x12.EnvelopeReader;
import com.rcm.x12.InvalidX12Exception;
import com.rcm.x12.Segment;
import com.rcm.x12.SegmentReader;
import com.rcm.x12.X12Amounts;
import com.rcm.x12.X12Dates;
import com.rcm.x12.X12Issue;
import com.rcm.x12.X12ReadResult;
import com.rcm.x12.X12Schemas;
import com.rcm.x12.X12Text;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Streams an 835 interchange into {@link Remittance}s, one per ST (a payer may bundle several
 * checks in one file). The body is validated against the 835 005010X221A1 implementation schema
 * ({@link X12Schemas#remittance835()}) as well as the envelope; findings are returned as issues.
 * Claims of every LX group are read, with the crossover carrier (NM1*TT) and the claim-level
 * remark codes (MOA03..07); other claim-supplemental segments (MIA, MOA01/02, AMT, QTY, TS2, TS3)
 * are skipped. Payers' files stray from the guide; what the reader can still read right it reads, and
 * says so as an issue beside the schema's ({@link ReadDeviation}): a composite written with another
 * component separator than the interchange's, the payment date in an element beside BPR16, a
 * quantity that is not a number. Money it cannot read is never guessed: every unreadable amount is
 * named and the read refused ({@link InvalidX12Exception}).
 */
public final class RemittanceReader {

    private static final int MAX_CAS_TRIPLETS = 6;
    private static final int MAX_PLB_PAIRS = 6;
    /** A qualifier of two letters followed by a separator that is not ISA16's, e.g. "HC>" or "L6^". */
    private static final Pattern FOREIGN_SEPARATOR = Pattern.compile("^[A-Z0-9]{2}([>^|<!\\\\:])");

    private enum Area {
        HEADER,
        PAYER,
        PAYEE,
        CLAIM,
        SERVICE,
        PROVIDER_ADJUSTMENTS
    }

    public X12ReadResult<Remittance> read(String x12) {
        return read(new ByteArrayInputStream(x12.getBytes(StandardCharsets.UTF_8)));
    }

    public X12ReadResult<Remittance> read(InputStream input) {
        try (SegmentReader segments = new SegmentReader(input, X12Schemas.remittance835())) {
            State state = new State();
            List<String> unreadable = new ArrayList<>();
            for (Segment segment = segments.next(); segment != null; segment = segments.next()) {
                state.position++;
                try {
                    state.accept(segment);
                } catch (IllegalArgumentException e) {
                    // An unreadable amount cannot be posted as zero: the whole file needs a person.
                    unreadable.add("unreadable " + segment.tag() + " segment (segment " + state.position + "): "
                            + e.getMessage());
                }
            }
            if (!unreadable.isEmpty()) {
                throw new InvalidX12Exception(unreadable);
            }
            List<X12Issue> issues = new ArrayList<>(segments.issues());
            issues.addAll(state.deviations);
            issues.sort(Comparator.comparingInt(X12Issue::segmentPosition));
            return new X12ReadResult<>(state.remittances, issues);
        }
    }

    /** What the reader read past, in the words of {@link X12Issue#error()}. */
    public enum ReadDeviation {
        /** A composite split on another separator than ISA16 declares. */
        COMPONENT_SEPARATOR_INCONSISTENT,
        /** BPR16 holds no date; the element beside it does, and is taken as the payment date. */
        PAYMENT_DATE_IN_NEIGHBOURING_ELEMENT,
        /** A quantity (units, CAS quantity) that is not a number is read as absent. */
        QUANTITY_UNREADABLE
    }

    private static final class State {
        final List<Remittance> remittances = new ArrayList<>();
        final List<X12Issue> deviations = new ArrayList<>();
        final EnvelopeReader envelope = new EnvelopeReader();
        int position;
        boolean inTransaction;
        Area area = Area.HEADER;

        PaymentInfo payment;
        String traceNumber;
        String originatingCompanyId;
        String payerName;
        String payerId;
        String payerLine1;
        String payerLine2;
        Address payerAddress;
        String payerPhone;
        String payeeName;
        String payeeNpi;
        String payeeTaxId;
        List<ClaimPayment> claims;
        List<ProviderAdjustment> providerAdjustments;
        ClaimParts claim;
        ServiceParts service;

        void accept(Segment s) {
            if (envelope.accept(s)) {
                if (s.tag().equals("ST")) {
                    startTransaction();
                }
                return;
            }
            if (!inTransaction) {
                return;
            }
            switch (s.tag()) {
                case "BPR" -> payment(s);
                case "TRN" -> {
                    if (traceNumber.isEmpty()) {
                        traceNumber = s.element(2);
                        originatingCompanyId = s.optional(3);
                    }
                }
                case "N1" -> party(s);
                case "N3" -> {
                    if (area == Area.PAYER) {
                        payerLine1 = s.element(1);
                        payerLine2 = s.optional(2);
                    }
                }
                case "N4" -> {
                    if (area == Area.PAYER) {
                        payerAddress = new Address(
                                payerLine1 == null ? "" : payerLine1,
                                payerLine2,
                                s.element(1),
                                s.optional(2),
                                s.element(3));
                    }
                }
                case "PER" -> payerContact(s);
                case "REF" -> reference(s);
                case "LX" -> {
                    finishClaim();
                    area = Area.HEADER;
                }
                case "CLP" -> claimPayment(s);
                case "CAS" -> adjustments(s);
                case "NM1" -> claimName(s);
                case "MOA" -> {
                    if (area == Area.CLAIM) {
                        for (int element = 3; element <= 7; element++) {
                            if (!s.element(element).isBlank()) {
                                claim.remarkCodes.add(s.element(element));
                            }
                        }
                    }
                }
                case "SVC" -> servicePayment(s);
                case "DTM" -> serviceDate(s);
                case "LQ" -> {
                    if (area == Area.SERVICE && s.element(1).equals("HE")) {
                        service.remarkCodes.add(s.element(2));
                    }
                }
                case "PLB" -> providerAdjustment(s);
                case "SE" -> endTransaction();
                default -> {
                    // Segments the model does not hold.
                }
            }
        }

        void startTransaction() {
            inTransaction = true;
            area = Area.HEADER;
            payment = new PaymentInfo("", 0, "", PaymentMethod.NON, null, null);
            traceNumber = "";
            originatingCompanyId = null;
            payerName = "";
            payerId = null;
            payerLine1 = null;
            payerLine2 = null;
            payerAddress = null;
            payerPhone = null;
            payeeName = "";
            payeeNpi = null;
            payeeTaxId = null;
            claims = new ArrayList<>();
            providerAdjustments = new ArrayList<>();
            claim = null;
            service = null;
        }

        void endTransaction() {
            finishClaim();
            remittances.add(new Remittance(
                    envelope.envelope(),
                    payment,
                    traceNumber,
                    originatingCompanyId,
                    new Payer(payerName, payerId, payerAddress, payerPhone),
                    new Payee(payeeName, payeeNpi, payeeTaxId),
                    claims,
                    providerAdjustments));
            inTransaction = false;
        }

        void payment(Segment s) {
            PaymentMethod method;
            try {
                method = PaymentMethod.fromCode(s.element(4));
            } catch (IllegalArgumentException e) {
                // An unknown method must not stop the posting of the claims below it.
                method = PaymentMethod.NON;
            }
            EftAccounts eft = method == PaymentMethod.ACH
                    ? new EftAccounts(s.optional(7), s.optional(9), s.optional(10), s.optional(13), s.optional(15))
                    : null;
            payment = new PaymentInfo(
                    s.element(1), X12Amounts.toCentsOrZero(s.element(2)), s.element(3), method, eft, paymentDate(s));
        }

        LocalDate paymentDate(Segment s) {
            LocalDate date = X12Dates.parseD8(s.element(16));
            if (date != null) {
                return date;
            }
            for (int neighbour : new int[] {17, 15}) {
                LocalDate beside = X12Dates.parseD8(s.element(neighbour));
                if (beside != null && s.element(neighbour).strip().length() == 8) {
                    deviate("BPR", neighbour, ReadDeviation.PAYMENT_DATE_IN_NEIGHBOURING_ELEMENT, s.element(neighbour));
                    return beside;
                }
            }
            return null;
        }

        /**
         * The components of a composite element. When the element arrived as one component holding
         * another separator (SVC01 "HC>99213>25" in a file whose ISA16 is ":"), it is split on that.
         */
        List<String> composite(Segment s, int element) {
            List<String> parts = s.components(element);
            if (parts.size() == 1) {
                Matcher foreign = FOREIGN_SEPARATOR.matcher(parts.get(0));
                if (foreign.find()) {
                    deviate(s.tag(), element, ReadDeviation.COMPONENT_SEPARATOR_INCONSISTENT, foreign.group(1));
                    return List.of(parts.get(0).split(Pattern.quote(foreign.group(1)), -1));
                }
            }
            return parts;
        }

        static String part(List<String> components, int component) {
            return component <= components.size() ? components.get(component - 1) : "";
        }

        BigDecimal quantity(Segment s, int element) {
            try {
                return X12Amounts.toQuantity(s.element(element));
            } catch (NumberFormatException e) {
                deviate(s.tag(), element, ReadDeviation.QUANTITY_UNREADABLE, s.element(element));
                return null;
            }
        }

        void deviate(String tag, int element, ReadDeviation deviation, String value) {
            deviations.add(new X12Issue(tag, position, element, deviation.name(), value));
        }

        void party(Segment s) {
            switch (s.element(1)) {
                case "PR" -> {
                    area = Area.PAYER;
                    payerName = s.element(2);
                    if (s.element(3).equals("XV")) {
                        payerId = s.optional(4);
                    }
                }
                case "PE" -> {
                    area = Area.PAYEE;
                    payeeName = s.element(2);
                    if (s.element(3).equals("XX")) {
                        payeeNpi = s.optional(4);
                    } else if (s.element(3).equals("FI")) {
                        payeeTaxId = s.optional(4);
                    }
                }
                default -> area = Area.HEADER;
            }
        }

        void payerContact(Segment s) {
            if (area != Area.PAYER || !s.element(1).equals("BL") || payerPhone != null) {
                return;
            }
            for (int qualifier = 3; qualifier <= 7; qualifier += 2) {
                if (s.element(qualifier).equals("TE")) {
                    payerPhone = s.optional(qualifier + 1);
                    return;
                }
            }
        }

        void reference(Segment s) {
            String qualifier = s.element(1);
            if (area == Area.PAYER && qualifier.equals("2U") && payerId == null) {
                payerId = s.optional(2);
            } else if (area == Area.PAYEE && qualifier.equals("TJ")) {
                payeeTaxId = s.optional(2);
            } else if (area == Area.SERVICE && qualifier.equals("6R")) {
                service.lineControlNumber = s.optional(2);
            }
        }

        void claimPayment(Segment s) {
            finishClaim();
            claim = new ClaimParts();
            claim.patientControlNumber = s.element(1);
            claim.statusCode = s.element(2);
            claim.chargeCents = X12Amounts.toCentsOrZero(s.element(3));
            claim.paidCents = X12Amounts.toCentsOrZero(s.element(4));
            claim.patientResponsibilityCents = X12Amounts.toCentsOrZero(s.element(5));
            claim.filingIndicator = s.optional(6);
            claim.payerClaimControlNumber = s.optional(7);
            area = Area.CLAIM;
        }

        void adjustments(Segment s) {
            List<Adjustment> target;
            if (area == Area.CLAIM) {
                target = claim.adjustments;
            } else if (area == Area.SERVICE) {
                target = service.adjustments;
            } else {
                return;
            }
            String group = s.element(1);
            for (int triplet = 0; triplet < MAX_CAS_TRIPLETS; triplet++) {
                String reason = s.element(2 + 3 * triplet);
                if (reason.isBlank()) {
                    continue;
                }
                BigDecimal quantity = quantity(s, 4 + 3 * triplet);
                target.add(
                        new Adjustment(group, reason, X12Amounts.toCentsOrZero(s.element(3 + 3 * triplet)), quantity));
            }
        }

        void claimName(Segment s) {
            if (area == Area.CLAIM && s.element(1).equals("QC")) {
                claim.patientLastName = s.optional(3);
                claim.patientFirstName = s.optional(4);
                claim.patientMemberId = s.optional(9);
            } else if (area == Area.CLAIM && s.element(1).equals("TT")) {
                claim.crossoverCarrier = new CrossoverCarrier(s.element(3), s.element(9));
            }
        }

        void servicePayment(Segment s) {
            if (claim == null) {
                return;
            }
            finishService();
            service = new ServiceParts();
            List<String> procedure = composite(s, 1);
            service.qualifier = part(procedure, 1);
            service.code = part(procedure, 2);
            for (int component = 3; component <= 6; component++) {
                String modifier = part(procedure, component);
                if (!modifier.isBlank()) {
                    service.modifiers.add(modifier);
                }
            }
            service.chargeCents = X12Amounts.toCentsOrZero(s.element(2));
            service.paidCents = X12Amounts.toCentsOrZero(s.element(3));
            service.units = quantity(s, 5);
            area = Area.SERVICE;
        }

        void serviceDate(Segment s) {
            if (area != Area.SERVICE) {
                return;
            }
            String qualifier = s.element(1);
            if (qualifier.equals("472") || (qualifier.equals("150") && service.serviceDate == null)) {
                service.serviceDate = X12Dates.parseD8(s.element(2));
            }
        }

        void providerAdjustment(Segment s) {
            finishClaim();
            area = Area.PROVIDER_ADJUSTMENTS;
            LocalDate fiscalPeriod = X12Dates.parseD8(s.element(2));
            for (int pair = 0; pair < MAX_PLB_PAIRS; pair++) {
                int element = 3 + 2 * pair;
                List<String> identifier = composite(s, element);
                String reason = part(identifier, 1);
                if (reason.isBlank()) {
                    continue;
                }
                providerAdjustments.add(new ProviderAdjustment(
                        s.element(1),
                        fiscalPeriod,
                        reason,
                        X12Text.blankToNull(part(identifier, 2)),
                        X12Amounts.toCentsOrZero(s.element(element + 1))));
            }
        }

        void finishService() {
            if (service != null && claim != null) {
                claim.services.add(new ServicePayment(
                        service.qualifier,
                        service.code,
                        service.modifiers,
                        service.chargeCents,
                        service.paidCents,
                        service.units,
                        service.serviceDate,
                        service.adjustments,
                        service.lineControlNumber,
                        service.remarkCodes));
            }
            service = null;
        }

        void finishClaim() {
            finishService();
            if (claim != null) {
                claims.add(new ClaimPayment(
                        claim.patientControlNumber,
                        claim.statusCode,
                        claim.chargeCents,
                        claim.paidCents,
                        claim.patientResponsibilityCents,
                        claim.filingIndicator,
                        claim.payerClaimControlNumber,
                        claim.adjustments,
                        claim.patientLastName,
                        claim.patientFirstName,
                        claim.patientMemberId,
                        claim.services,
                        claim.crossoverCarrier,
                        claim.remarkCodes));
            }
            claim = null;
        }
    }

    private static final class ClaimParts {
        String patientControlNumber;
        String statusCode;
        long chargeCents;
        long paidCents;
        long patientResponsibilityCents;
        String filingIndicator;
        String payerClaimControlNumber;
        final List<Adjustment> adjustments = new ArrayList<>();
        String patientLastName;
        String patientFirstName;
        String patientMemberId;
        final List<ServicePayment> services = new ArrayList<>();
        CrossoverCarrier crossoverCarrier;
        final List<String> remarkCodes = new ArrayList<>();
    }

    private static final class ServiceParts {
        String qualifier;
        String code;
        final List<String> modifiers = new ArrayList<>();
        long chargeCents;
        long paidCents;
        BigDecimal units;
        LocalDate serviceDate;
        final List<Adjustment> adjustments = new ArrayList<>();
        String lineControlNumber;
        final List<String> remarkCodes = new ArrayList<>();
    }
}
