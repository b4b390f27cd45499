package com.rcm.events.payload;

import java.time.LocalDate;

/** Nothing is left for the patient to pay on this encounter: its lifecycle ends at SETTLED. */
public record BalanceSettled(String encounterId, String patientId, LocalDate settledOn) {}
