package com.rcm.coding.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * The published encounter intake body, also what a FHIR Bundle and a partner's event map to. Shape
 * is checked here; codes, counts the claim limits (12 diagnoses, 4 pointers and modifiers a line) and
 * units above zero are coding edits, so such an encounter is kept and lands in the coder queue.
 * The payers come as {@code coverage} (the only one, primary) or as {@code coverages} in order, never both.
 */
@PayersInOrder
public record EncounterRequest(
        @NotBlank @Size(max = 64) String externalId,
        // A visit is billed after it happened (US practices are behind UTC, so their today is never UTC's tomorrow).
        @NotNull @PastOrPresent(message = "must not be in the future")
        LocalDate dateOfService,

        @Pattern(regexp = "[0-9]{2}", message = "must be a two-digit place of service code")
        String placeOfService,

        @NotNull @Valid PatientRequest patient,
        // Required unless coverages are given; @PayersInOrder checks the pair.
        @Valid CoverageRequest coverage,

        @NotNull @Pattern(regexp = "[0-9]{10}", message = "must be a 10-digit NPI")
        String renderingProviderNpi,

        @NotEmpty @Size(max = 99) List<@NotBlank String> diagnoses,
        @NotEmpty @Size(max = 50) List<@NotNull @Valid ServiceRequest> services,
        @Size(min = 1, max = 3) List<@NotNull @Valid CoverageRequest> coverages) {

    public record PatientRequest(
            @NotBlank @Size(max = 64) String externalId,
            @NotBlank @Size(max = 60) String firstName,
            @NotBlank @Size(max = 60) String lastName,
            @NotNull LocalDate dateOfBirth,

            @NotNull @Pattern(regexp = "[FMU]", message = "must be F, M or U")
            String sex,

            @Valid AddressRequest address) {}

    public record AddressRequest(
            @NotBlank @Size(max = 55) String line1,
            @Size(max = 55) String line2,
            @NotBlank @Size(max = 30) String city,

            @NotNull @Pattern(regexp = "[A-Z]{2}", message = "must be a two-letter state code")
            String state,

            @NotNull @Pattern(regexp = "[0-9]{5}([0-9]{4})?", message = "must be a 5- or 9-digit ZIP code")
            String postalCode) {}

    /** {@code order}: 1 primary, 2 secondary, 3 tertiary; needed in {@code coverages}, optional on a lone coverage. */
    public record CoverageRequest(
            @NotBlank @Size(max = 80) String payerId,
            @NotBlank @Size(max = 80) String memberId,
            @Size(max = 50) String groupNumber,

            @Pattern(regexp = "self|spouse|child|other", message = "must be self, spouse, child or other")
            String relationshipToSubscriber,

            @Valid SubscriberRequest subscriber,
            @Min(1) @Max(3) Integer order) {}

    /** The insured, when the patient is not the subscriber (a spouse's or a parent's plan). */
    public record SubscriberRequest(
            @NotBlank @Size(max = 35) String firstName,
            @NotBlank @Size(max = 60) String lastName,
            @NotNull LocalDate dateOfBirth,

            @NotNull @Pattern(regexp = "[FMU]", message = "must be F, M or U")
            String sex,

            @Valid AddressRequest address) {}

    public record ServiceRequest(
            @NotBlank String code,
            @Size(max = 10) List<@NotBlank String> modifiers,
            @NotNull @Max(9999) Integer units,
            @NotEmpty @Size(max = 12) List<@NotNull Integer> diagnosisPointers,
            @PositiveOrZero Long chargeCents) {}
}
