package com.rcm.events.payload;

import java.time.LocalDate;

/** The patient as the practice knows them; {@code externalId} is the practice's patient id. */
public record Patient(
        String externalId, String firstName, String lastName, LocalDate dateOfBirth, String sex, Address address) {}
