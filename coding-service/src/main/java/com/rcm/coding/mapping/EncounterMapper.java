package com.rcm.coding.mapping;

import com.fasterxml.jackson.core.type.TypeReference;
import com.rcm.coding.api.EncounterRequest;
import com.rcm.coding.api.EncounterView;
import com.rcm.coding.domain.EditFinding;
import com.rcm.coding.edits.EditRule;
import com.rcm.coding.persistence.EncounterEntity;
import com.rcm.events.EventJson;
import com.rcm.events.payload.Address;
import com.rcm.events.payload.Coverage;
import com.rcm.events.payload.Coverages;
import com.rcm.events.payload.EncounterSubmitted;
import com.rcm.events.payload.Patient;
import com.rcm.events.payload.ServiceLine;
import com.rcm.events.payload.Subscriber;
import java.util.ArrayList;
import java.util.List;

/** Between the REST body, the stored encounter and the event payloads. */
public final class EncounterMapper {
    private static final String OFFICE = "11";
    private static final TypeReference<List<EditFinding>> EDITS = new TypeReference<>() {};

    public static EncounterSubmitted toSubmission(EncounterRequest request) {
        EncounterRequest.PatientRequest p = request.patient();
        Address address = addressOf(p.address());
        List<Coverage> coverages = coveragesOf(request);
        List<ServiceLine> lines = new ArrayList<>();
        for (int i = 0; i < request.services().size(); i++) {
            EncounterRequest.ServiceRequest s = request.services().get(i);
            lines.add(new ServiceLine(
                    i + 1,
                    s.code(),
                    s.modifiers() == null ? List.of() : s.modifiers(),
                    s.units(),
                    s.diagnosisPointers(),
                    s.chargeCents()));
        }
        return new EncounterSubmitted(
                request.externalId(),
                request.dateOfService(),
                request.placeOfService() == null ? OFFICE : request.placeOfService(),
                new Patient(p.externalId(), p.firstName(), p.lastName(), p.dateOfBirth(), p.sex(), address),
                Coverages.primaryOf(coverages),
                request.renderingProviderNpi(),
                request.diagnoses(),
                lines,
                coverages);
    }

    /** Every payer in order: a lone {@code coverage} is the primary; {@code coverages} bring their own order. */
    private static List<Coverage> coveragesOf(EncounterRequest request) {
        if (request.coverages() == null) {
            return List.of(coverageOf(request.coverage(), Coverage.PRIMARY));
        }
        return Coverages.inOrder(
                null,
                request.coverages().stream().map(c -> coverageOf(c, c.order())).toList());
    }

    private static Coverage coverageOf(EncounterRequest.CoverageRequest c, int order) {
        EncounterRequest.SubscriberRequest insured = c.subscriber();
        Subscriber subscriber = insured == null
                ? null
                : new Subscriber(
                        insured.firstName(),
                        insured.lastName(),
                        insured.dateOfBirth(),
                        insured.sex(),
                        addressOf(insured.address()));
        return new Coverage(
                c.payerId(),
                c.memberId(),
                c.groupNumber(),
                c.relationshipToSubscriber() == null ? "self" : c.relationshipToSubscriber(),
                subscriber,
                order);
    }

    private static Address addressOf(EncounterRequest.AddressRequest a) {
        return a == null ? null : new Address(a.line1(), a.line2(), a.city(), a.state(), a.postalCode());
    }

    public static EncounterView toView(EncounterEntity entity) {
        EncounterSubmitted s = EventJson.read(entity.submission, EncounterSubmitted.class);
        List<EncounterView.Edit> edits = entity.edits == null ? List.of() : readEdits(entity.edits);
        return new EncounterView(
                entity.id,
                entity.externalId,
                entity.status.name(),
                s.dateOfService(),
                s.placeOfService(),
                s.patient(),
                s.coverage(),
                s.coverages(),
                s.renderingProviderNpi(),
                s.diagnoses(),
                s.services(),
                edits,
                entity.channel,
                entity.createdAt,
                entity.updatedAt,
                entity.queuedAt);
    }

    private static List<EncounterView.Edit> readEdits(String json) {
        try {
            return EventJson.mapper().readValue(json, EDITS).stream()
                    .map(f -> new EncounterView.Edit(
                            f.editId(), f.field(), f.message(), EditRule.isOverridable(f.editId())))
                    .toList();
        } catch (Exception e) {
            throw new IllegalStateException("stored edits are unreadable", e);
        }
    }

    private EncounterMapper() {}
}
