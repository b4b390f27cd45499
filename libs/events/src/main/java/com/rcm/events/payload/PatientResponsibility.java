package com.rcm.events.payload;

/** What the patient owes on one claim, split by kind (PR CARC 1 deductible, 2 coinsurance, 3 copay). */
public record PatientResponsibility(long deductibleCents, long coinsuranceCents, long copayCents, long otherCents) {

    public long totalCents() {
        return deductibleCents + coinsuranceCents + copayCents + otherCents;
    }
}
