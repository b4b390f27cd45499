package com.rcm.claims.api;

import com.rcm.events.payload.Address;
import com.rcm.events.payload.Coverage;
import com.rcm.events.payload.EncounterCoded;
import com.rcm.events.payload.Patient;
import com.rcm.events.payload.ServiceLine;
import com.rcm.events.payload.Subscriber;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What a biller corrects on a held claim before resubmitting it; anything absent stays as it was.
 * Lines are named by their line number; their codes belong to coding and are not changed here.
 */
public record ClaimCorrection(
        @Valid CoverageFix coverage,

        @Pattern(regexp = "[0-9]{10}", message = "must be a 10-digit NPI")
        String renderingProviderNpi,

        @Valid AddressFix patientAddress,
        @Size(max = 50) List<@NotNull @Valid LineFix> lines) {

    public record CoverageFix(
            @NotBlank @Size(max = 80) String payerId,
            @NotBlank @Size(max = 80) String memberId,
            @Size(max = 50) String groupNumber,
            @Pattern(regexp = "self|spouse|child|other") String relationshipToSubscriber,
            @Valid SubscriberFix subscriber) {}

    /** The insured, when the patient is not the subscriber. */
    public record SubscriberFix(
            @NotBlank @Size(max = 35) String firstName,
            @NotBlank @Size(max = 60) String lastName,
            @NotNull LocalDate dateOfBirth,

            @NotNull @Pattern(regexp = "[FMU]", message = "must be F, M or U")
            String sex,

            @Valid AddressFix address) {

        Subscriber toSubscriber() {
            return new Subscriber(firstName, lastName, dateOfBirth, sex, address == null ? null : address.toAddress());
        }
    }

    public record AddressFix(
            @NotBlank @Size(max = 55) String line1,
            @Size(max = 55) String line2,
            @NotBlank @Size(max = 30) String city,

            @NotNull @Pattern(regexp = "[A-Z]{2}", message = "must be a two-letter state code")
            String state,

            @NotNull @Pattern(regexp = "[0-9]{5}([0-9]{4})?", message = "must be a 5- or 9-digit ZIP code")
            String postalCode) {

        Address toAddress() {
            return new Address(line1, line2, city, state, postalCode);
        }
    }

    public record LineFix(
            @NotNull @Min(1) Integer lineNumber,
            @Size(max = 4) List<@NotBlank String> modifiers,
            @Min(1) @Max(9999) Integer units,
            @Size(min = 1, max = 12) List<@NotNull Integer> diagnosisPointers,
            @PositiveOrZero Long chargeCents) {}

    /** The encounter with these corrections applied. */
    public EncounterCoded applyTo(EncounterCoded e) {
        Coverage cov = coverage == null
                ? e.coverage()
                : new Coverage(
                        coverage.payerId(),
                        coverage.memberId(),
                        coverage.groupNumber(),
                        coverage.relationshipToSubscriber() == null
                                ? e.coverage().relationshipToSubscriber()
                                : coverage.relationshipToSubscriber(),
                        coverage.subscriber() == null
                                ? e.coverage().subscriber()
                                : coverage.subscriber().toSubscriber(),
                        e.coverage().order());
        // The claim's own coverage is corrected; the encounter's other coverages stay as they are.
        List<Coverage> coverages = e.coverages().stream()
                .map(c -> c.order() == cov.order() ? cov : c)
                .toList();
        Patient p = e.patient();
        Patient patient = patientAddress == null
                ? p
                : new Patient(
                        p.externalId(),
                        p.firstName(),
                        p.lastName(),
                        p.dateOfBirth(),
                        p.sex(),
                        patientAddress.toAddress());
        Map<Integer, LineFix> fixes = lines == null
                ? Map.of()
                : lines.stream().collect(Collectors.toMap(LineFix::lineNumber, Function.identity(), (a, b) -> b));
        List<ServiceLine> services = new ArrayList<>();
        for (ServiceLine line : e.services()) {
            LineFix fix = fixes.get(line.lineNumber());
            services.add(
                    fix == null
                            ? line
                            : new ServiceLine(
                                    line.lineNumber(),
                                    line.code(),
                                    fix.modifiers() == null ? line.modifiers() : fix.modifiers(),
                                    fix.units() == null ? line.units() : fix.units(),
                                    fix.diagnosisPointers() == null
                                            ? line.diagnosisPointers()
                                            : fix.diagnosisPointers(),
                                    fix.chargeCents() == null ? line.chargeCents() : fix.chargeCents()));
        }
        return new EncounterCoded(
                e.encounterId(),
                e.externalId(),
                e.dateOfService(),
                e.placeOfService(),
                patient,
                cov,
                renderingProviderNpi == null ? e.renderingProviderNpi() : renderingProviderNpi,
                e.diagnoses(),
                services,
                coverages);
    }
}
