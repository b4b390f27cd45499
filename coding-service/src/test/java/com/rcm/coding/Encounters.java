package com.rcm.coding;

/** Encounter bodies for tests, starting from the example encounter (docs/examples/encounter.json). */
public final class Encounters {

    public static String contractExample(String externalId) {
        return withDiagnoses(externalId, "\"E11.9\", \"I10\"");
    }

    public static String withDiagnoses(String externalId, String diagnoses) {
        return """
                {
                  "externalId": "%s",
                  "dateOfService": "2026-11-02",
                  "placeOfService": "11",
                  "patient": {"externalId": "P-77", "firstName": "Jane", "lastName": "Doe",
                              "dateOfBirth": "1980-04-01", "sex": "F",
                              "address": {"line1": "1 Main St", "city": "Austin", "state": "TX", "postalCode": "78701"}},
                  "coverage": {"payerId": "SIMCOMM", "memberId": "M123456", "groupNumber": "G1",
                               "relationshipToSubscriber": "self"},
                  "renderingProviderNpi": "1234567893",
                  "diagnoses": [%s],
                  "services": [
                    {"code": "99213", "modifiers": ["25"], "units": 1, "diagnosisPointers": [1, 2]},
                    {"code": "G0008", "units": 1, "diagnosisPointers": [1]}
                  ]
                }""".formatted(externalId, diagnoses);
    }

    private Encounters() {}
}
