package com.rcm.ops.api;

/** Schema-valid payloads for the stage events a test publishes. */
final class Payloads {
    static final String PATIENT = """
            {"externalId":"P-77","firstName":"Jane","lastName":"Doe","dateOfBirth":"1980-04-01","sex":"F"}""";
    static final String LINE = """
            {"lineNumber":1,"code":"99213","modifiers":["25"],"units":1,"diagnosisPointers":[1],"chargeCents":15000}""";

    static final String RECEIVED = """
            {"encounterId":"ENC","externalId":"EHR-1","dateOfService":"2026-11-02","channel":"REST"}""";
    static final String CODED = """
            {"encounterId":"ENC","externalId":"EHR-1","dateOfService":"2026-11-02","placeOfService":"11",
             "patient":%s,"coverage":{"payerId":"SIMCOMM","memberId":"M1"},"renderingProviderNpi":"1234567893",
             "diagnoses":["E11.9"],"services":[%s]}""".formatted(PATIENT, LINE);
    static final String CLAIMED = """
            {"claimId":"C1","encounterId":"ENC","patientControlNumber":"PA1","payerId":"SIMCOMM","patient":%s,
             "dateOfService":"2026-11-02","totalChargeCents":15000,"lines":[%s]}""".formatted(PATIENT, LINE);
    static final String ADJUDICATED = """
            {"claimId":"C1","encounterId":"ENC","remittanceId":"R1","patientControlNumber":"PA1","outcome":"OUTCOME",
             "chargeCents":15000,"paidCents":9600,"patientResponsibilityCents":2400}""";
    static final String POSTED = """
            {"claimId":"C1","encounterId":"ENC","remittanceId":"R1","patient":%s,"chargeCents":15000,"paidCents":9600,
             "adjustments":[{"groupCode":"CO","carc":"45","amountCents":3000},{"groupCode":"PR","carc":"2","amountCents":2400}],
             "patientResponsibility":{"deductibleCents":0,"coinsuranceCents":2400,"copayCents":0,"otherCents":0}}"""
            .formatted(PATIENT);
    static final String BILLED = """
            {"statementId":"S1","patientId":"P-77","encounterIds":["ENC"],"amountDueCents":2400,"dueDate":"2026-12-02"}""";

    private Payloads() {
    }
}
