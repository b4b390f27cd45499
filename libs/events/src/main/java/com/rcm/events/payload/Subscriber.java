package com.rcm.events.payload;

import java.time.LocalDate;

/** The insured person named on the coverage, when the patient is someone else (a spouse or a child). */
public record Subscriber(String firstName, String lastName, LocalDate dateOfBirth, String sex, Address address) {}
