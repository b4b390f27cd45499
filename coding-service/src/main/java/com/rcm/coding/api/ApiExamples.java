package com.rcm.coding.api;

/** Request examples shown in the OpenAPI document. */
final class ApiExamples {
    static final String ENCOUNTER = """
            {"externalId": "EHR-000123", "dateOfService": "2026-11-02", "placeOfService": "11",
             "patient": {"externalId": "P-77", "firstName": "Jane", "lastName": "Doe", "dateOfBirth": "1980-04-01",
                         "sex": "F", "address": {"line1": "1 Main St", "city": "Austin", "state": "TX",
                         "postalCode": "78701"}},
             "coverage": {"payerId": "SIMCOMM", "memberId": "M123456", "groupNumber": "G1",
                          "relationshipToSubscriber": "self"},
             "renderingProviderNpi": "1234567893",
             "diagnoses": ["E11.9", "I10"],
             "services": [{"code": "99213", "modifiers": ["25"], "units": 1, "diagnosisPointers": [1, 2]},
                          {"code": "G0008", "units": 1, "diagnosisPointers": [1]}]}""";

    /** The same visit billed to a commercial plan first and Medicare second. */
    static final String ENCOUNTER_TWO_PAYERS = """
            {"externalId": "EHR-000124", "dateOfService": "2026-11-02", "placeOfService": "11",
             "patient": {"externalId": "P-77", "firstName": "Jane", "lastName": "Doe", "dateOfBirth": "1980-04-01",
                         "sex": "F", "address": {"line1": "1 Main St", "city": "Austin", "state": "TX",
                         "postalCode": "78701"}},
             "coverages": [{"order": 1, "payerId": "SIMCOMM", "memberId": "M123456", "groupNumber": "G1",
                            "relationshipToSubscriber": "self"},
                           {"order": 2, "payerId": "SIMMCR", "memberId": "1EG4TE5MK73",
                            "relationshipToSubscriber": "self"}],
             "renderingProviderNpi": "1234567893",
             "diagnoses": ["E11.9", "I10"],
             "services": [{"code": "99213", "modifiers": ["25"], "units": 1, "diagnosisPointers": [1, 2]},
                          {"code": "G0008", "units": 1, "diagnosisPointers": [1]}]}""";

    static final String FHIR_BUNDLE = """
            {"resourceType": "Bundle", "type": "collection", "entry": [
              {"fullUrl": "urn:uuid:pat-1", "resource": {"resourceType": "Patient", "id": "pat-1",
                "identifier": [{"value": "P-77"}], "name": [{"family": "Doe", "given": ["Jane"]}],
                "gender": "female", "birthDate": "1980-04-01",
                "address": [{"line": ["1 Main St"], "city": "Austin", "state": "TX", "postalCode": "78701"}]}},
              {"resource": {"resourceType": "Coverage", "status": "active", "subscriberId": "M123456",
                "relationship": {"coding": [{"code": "self"}]}, "beneficiary": {"reference": "urn:uuid:pat-1"},
                "payor": [{"identifier": {"value": "SIMCOMM"}}],
                "class": [{"type": {"coding": [{"code": "group"}]}, "value": "G1"}]}},
              {"resource": {"resourceType": "Encounter", "status": "finished", "class": {"code": "AMB"},
                "identifier": [{"value": "EHR-000123"}], "period": {"start": "2026-11-02T09:00:00-06:00"}}},
              {"fullUrl": "urn:uuid:cond-1", "resource": {"resourceType": "Condition",
                "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "E11.9"}]}}},
              {"fullUrl": "urn:uuid:cond-2", "resource": {"resourceType": "Condition",
                "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "I10"}]}}},
              {"resource": {"resourceType": "Claim", "status": "active", "use": "claim",
                "careTeam": [{"sequence": 1, "provider": {"identifier": {"system": "http://hl7.org/fhir/sid/us-npi",
                  "value": "1234567893"}}}],
                "diagnosis": [{"sequence": 1, "diagnosisReference": {"reference": "urn:uuid:cond-1"}},
                              {"sequence": 2, "diagnosisReference": {"reference": "urn:uuid:cond-2"}}],
                "item": [{"sequence": 1, "productOrService": {"coding": [{"code": "99213"}]},
                          "modifier": [{"coding": [{"code": "25"}]}], "quantity": {"value": 1},
                          "diagnosisSequence": [1, 2],
                          "locationCodeableConcept": {"coding": [{"code": "11"}]}},
                         {"sequence": 2, "productOrService": {"coding": [{"code": "G0008"}]},
                          "quantity": {"value": 1}, "diagnosisSequence": [1]}]}}]}""";

    static final String CORRECTION = """
            {"diagnoses": ["E11.9", "I10"]}""";

    private ApiExamples() {}
}
