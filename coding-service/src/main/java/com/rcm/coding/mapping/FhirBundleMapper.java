package com.rcm.coding.mapping;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IParser;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rcm.coding.api.EncounterRequest;
import com.rcm.platform.api.ApiProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hl7.fhir.r4.model.Address;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Claim;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Coverage;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.PositiveIntType;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.RelatedPerson;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.StringType;

/**
 * Reads a FHIR R4 Bundle (Encounter, Patient, Coverage, Condition, Claim, optionally Practitioner)
 * with HAPI FHIR's R4 structures and maps it to the same intake body as the JSON API, so the same
 * checks and edits apply. What is missing stays null and is named by the shape checks.
 */
@ApplicationScoped
public class FhirBundleMapper {
    public static final String MEDIA_TYPE = "application/fhir+json";
    static final String ICD10CM = "http://hl7.org/fhir/sid/icd-10-cm";
    static final String NPI = "http://hl7.org/fhir/sid/us-npi";

    // Building the R4 context scans the model once (about a second); it is thread-safe and kept.
    private final FhirContext fhir = FhirContext.forR4();
    private final ObjectMapper json;

    /** {@code json} is the service's own mapper, which carries the platform's JSON limits (JsonLimits). */
    public FhirBundleMapper(ObjectMapper json) {
        this.json = json;
    }

    public EncounterRequest toRequest(String json) {
        withinJsonLimits(json);
        Bundle bundle;
        try {
            IParser parser = fhir.newJsonParser();
            bundle = parser.parseResource(Bundle.class, json);
        } catch (DataFormatException | ClassCastException e) {
            throw ApiProblemException.badRequest("Bundle", "not a FHIR R4 Bundle in JSON: " + e.getMessage());
        }
        Resources resources = new Resources(bundle);
        Optional<Encounter> encounter = resources.first(Encounter.class);
        Optional<Claim> claim = resources.first(Claim.class);
        List<String> diagnoses = diagnoses(claim, resources);
        List<EncounterRequest.CoverageRequest> coverages = coverages(resources);
        return new EncounterRequest(
                encounter.map(e -> firstIdentifier(e.getIdentifier())).orElse(null),
                encounter.map(FhirBundleMapper::dateOfService).orElse(null),
                claim.flatMap(FhirBundleMapper::placeOfService).orElse(null),
                resources.first(Patient.class).map(FhirBundleMapper::patient).orElse(null),
                coverages.size() == 1 ? coverages.get(0) : null,
                claim.flatMap(c -> renderingNpi(c, resources)).orElse(null),
                diagnoses,
                claim.map(FhirBundleMapper::services).orElse(null),
                coverages.size() > 1 ? coverages : null);
    }

    /**
     * HAPI parses with a Jackson of its own that allows nesting 1,000 deep and strings of 20 MB; the
     * bundle is first streamed through the service's mapper, so it meets the same depth and string
     * limits as any JSON body (400 problem+json past them, before anything is stored).
     */
    private void withinJsonLimits(String body) {
        try (JsonParser parser = json.getFactory().createParser(body)) {
            while (parser.nextToken() != null) {
                // Reading every token is what applies the limits.
            }
        } catch (JsonProcessingException e) {
            throw e instanceof StreamConstraintsException
                    ? ApiProblemException.badRequest("Bundle", e.getOriginalMessage())
                    : ApiProblemException.badRequest("Bundle", "not JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static LocalDate dateOfService(Encounter encounter) {
        String start = encounter.getPeriod().getStartElement().getValueAsString();
        return start == null || start.length() < 10 ? null : LocalDate.parse(start.substring(0, 10));
    }

    private static EncounterRequest.PatientRequest patient(Patient p) {
        HumanName name = p.getNameFirstRep();
        String birthDate = p.getBirthDateElement().getValueAsString();
        return new EncounterRequest.PatientRequest(
                firstIdentifier(p.getIdentifier()),
                name.getGiven().isEmpty() ? null : name.getGiven().get(0).getValue(),
                name.getFamily(),
                birthDate == null ? null : LocalDate.parse(birthDate),
                sex(p.hasGender() ? p.getGender() : null),
                p.getAddress().isEmpty() ? null : address(p.getAddressFirstRep()));
    }

    /** The insured as a RelatedPerson the Coverage's subscriber references (a spouse or a parent). */
    private static EncounterRequest.SubscriberRequest subscriber(RelatedPerson r) {
        HumanName name = r.getNameFirstRep();
        String birthDate = r.getBirthDateElement().getValueAsString();
        String given = name.getGiven().isEmpty() ? null : name.getGiven().get(0).getValue();
        return new EncounterRequest.SubscriberRequest(
                given,
                name.getFamily(),
                birthDate == null ? null : LocalDate.parse(birthDate),
                sex(r.hasGender() ? r.getGender() : null),
                r.getAddress().isEmpty() ? null : address(r.getAddressFirstRep()));
    }

    private static String sex(Enumerations.AdministrativeGender gender) {
        if (gender == null) {
            return null;
        }
        return switch (gender) {
            case FEMALE -> "F";
            case MALE -> "M";
            default -> "U";
        };
    }

    private static EncounterRequest.AddressRequest address(Address a) {
        List<StringType> lines = a.getLine();
        return new EncounterRequest.AddressRequest(
                lines.isEmpty() ? null : lines.get(0).getValue(),
                lines.size() > 1 ? lines.get(1).getValue() : null,
                a.getCity(),
                a.getState(),
                a.getPostalCode());
    }

    /**
     * Every Coverage of the bundle. A lone one is the encounter's only (primary) coverage, as before; of
     * several, each takes its {@code Coverage.order}, or else its place in the bundle (the first is primary).
     */
    private static List<EncounterRequest.CoverageRequest> coverages(Resources resources) {
        List<Coverage> all = resources.all(Coverage.class);
        if (all.size() == 1) {
            return List.of(coverage(all.get(0), null, resources));
        }
        List<EncounterRequest.CoverageRequest> coverages = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            Coverage c = all.get(i);
            coverages.add(coverage(c, c.hasOrder() ? c.getOrder() : i + 1, resources));
        }
        return coverages;
    }

    private static EncounterRequest.CoverageRequest coverage(Coverage c, Integer order, Resources resources) {
        String payerId = c.getPayor().isEmpty()
                ? null
                : c.getPayorFirstRep().getIdentifier().getValue();
        String group = c.getClass_().stream()
                .filter(k -> k.getType().getCoding().stream().anyMatch(t -> "group".equals(t.getCode())))
                .map(Coverage.ClassComponent::getValue)
                .findFirst()
                .orElse(null);
        String relationship = c.getRelationship().getCoding().stream()
                .map(Coding::getCode)
                .findFirst()
                .orElse(null);
        String member = c.hasSubscriberId() ? c.getSubscriberId() : firstIdentifier(c.getIdentifier());
        EncounterRequest.SubscriberRequest subscriber = c.hasSubscriber()
                ? resources
                        .resolve(c.getSubscriber(), RelatedPerson.class)
                        .map(FhirBundleMapper::subscriber)
                        .orElse(null)
                : null;
        return new EncounterRequest.CoverageRequest(payerId, member, group, relationship, subscriber, order);
    }

    private static Optional<String> placeOfService(Claim claim) {
        return claim.getItem().stream()
                .map(i -> code(i.getLocationCodeableConcept()))
                .filter(c -> c != null)
                .findFirst();
    }

    /** The NPI of the claim's first care-team member, from its identifier or the Practitioner it references. */
    private static Optional<String> renderingNpi(Claim claim, Resources resources) {
        List<Reference> candidates = new ArrayList<>();
        claim.getCareTeam().stream()
                .sorted(Comparator.comparingInt(Claim.CareTeamComponent::getSequence))
                .forEach(t -> candidates.add(t.getProvider()));
        candidates.add(claim.getProvider());
        for (Reference reference : candidates) {
            if (reference.hasIdentifier() && reference.getIdentifier().hasValue()) {
                return Optional.of(reference.getIdentifier().getValue());
            }
            Optional<Practitioner> practitioner = resources.resolve(reference, Practitioner.class);
            if (practitioner.isPresent()) {
                Optional<String> npi = practitioner.get().getIdentifier().stream()
                        .filter(i -> NPI.equals(i.getSystem()))
                        .map(Identifier::getValue)
                        .findFirst();
                if (npi.isPresent()) {
                    return npi;
                }
            }
        }
        return Optional.empty();
    }

    /** In the claim's diagnosis sequence; a claim without diagnoses takes the bundle's Conditions in order. */
    private static List<String> diagnoses(Optional<Claim> claim, Resources resources) {
        List<String> codes = new ArrayList<>();
        if (claim.isPresent() && claim.get().hasDiagnosis()) {
            claim.get().getDiagnosis().stream()
                    .sorted(Comparator.comparingInt(Claim.DiagnosisComponent::getSequence))
                    .forEach(d -> {
                        if (d.hasDiagnosisCodeableConcept()) {
                            codes.add(icd10(d.getDiagnosisCodeableConcept()));
                        } else {
                            codes.add(resources
                                    .resolve(d.getDiagnosisReference(), Condition.class)
                                    .map(c -> icd10(c.getCode()))
                                    .orElse(null));
                        }
                    });
        } else {
            resources.all(Condition.class).forEach(c -> codes.add(icd10(c.getCode())));
        }
        return codes.isEmpty() ? null : codes;
    }

    private static List<EncounterRequest.ServiceRequest> services(Claim claim) {
        Map<Integer, Integer> pointerBySequence = new HashMap<>();
        List<Claim.DiagnosisComponent> diagnoses = claim.getDiagnosis().stream()
                .sorted(Comparator.comparingInt(Claim.DiagnosisComponent::getSequence))
                .toList();
        for (int i = 0; i < diagnoses.size(); i++) {
            pointerBySequence.put(diagnoses.get(i).getSequence(), i + 1);
        }
        List<EncounterRequest.ServiceRequest> services = new ArrayList<>();
        for (Claim.ItemComponent item : claim.getItem()) {
            List<String> modifiers =
                    item.getModifier().stream().map(FhirBundleMapper::code).toList();
            List<Integer> pointers = item.getDiagnosisSequence().stream()
                    .map(PositiveIntType::getValue)
                    .map(s -> pointerBySequence.getOrDefault(s, s))
                    .toList();
            Integer units = item.hasQuantity() ? item.getQuantity().getValue().intValue() : 1;
            Long charge = item.hasNet()
                    ? cents(item.getNet().getValue())
                    : item.hasUnitPrice() ? cents(item.getUnitPrice().getValue()) : null;
            services.add(new EncounterRequest.ServiceRequest(
                    code(item.getProductOrService()), modifiers.isEmpty() ? null : modifiers, units, pointers, charge));
        }
        return services.isEmpty() ? null : services;
    }

    private static Long cents(BigDecimal amount) {
        return amount == null
                ? null
                : amount.setScale(2, RoundingMode.HALF_UP).movePointRight(2).longValueExact();
    }

    private static String icd10(CodeableConcept concept) {
        return concept.getCoding().stream()
                .filter(c -> ICD10CM.equals(c.getSystem()))
                .map(Coding::getCode)
                .findFirst()
                .orElseGet(() -> code(concept));
    }

    private static String code(CodeableConcept concept) {
        return concept == null || concept.getCoding().isEmpty()
                ? null
                : concept.getCodingFirstRep().getCode();
    }

    private static String firstIdentifier(List<Identifier> identifiers) {
        return identifiers.stream()
                .map(Identifier::getValue)
                .filter(v -> v != null && !v.isBlank())
                .findFirst()
                .orElse(null);
    }

    /** The bundle's resources, found by type and by reference ({@code Type/id} or the entry's fullUrl). */
    private static final class Resources {
        private final List<Resource> all = new ArrayList<>();
        private final Map<String, Resource> byReference = new HashMap<>();

        Resources(Bundle bundle) {
            for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
                Resource resource = entry.getResource();
                if (resource == null) {
                    continue;
                }
                all.add(resource);
                if (entry.hasFullUrl()) {
                    byReference.put(entry.getFullUrl(), resource);
                }
                if (resource.hasIdElement() && resource.getIdElement().hasIdPart()) {
                    byReference.put(
                            resource.fhirType() + "/" + resource.getIdElement().getIdPart(), resource);
                }
            }
        }

        <T extends Resource> Optional<T> first(Class<T> type) {
            return all.stream().filter(type::isInstance).map(type::cast).findFirst();
        }

        <T extends Resource> List<T> all(Class<T> type) {
            return all.stream().filter(type::isInstance).map(type::cast).toList();
        }

        <T extends Resource> Optional<T> resolve(Reference reference, Class<T> type) {
            if (reference == null || !reference.hasReference()) {
                return Optional.empty();
            }
            Resource resource = byReference.get(reference.getReference());
            return type.isInstance(resource) ? Optional.of(type.cast(resource)) : Optional.empty();
        }
    }
}
