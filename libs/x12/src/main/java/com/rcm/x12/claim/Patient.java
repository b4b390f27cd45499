package com.rcm.x12.claim;

import com.rcm.x12.Address;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Loop 2000C/2010CA: present only when the patient is not the subscriber (a child or spouse on
 * the subscriber's plan).
 *
 * @param relationshipCode PAT01 individual relationship: "01" spouse, "19" child, "20" employee,
 *                         "21" unknown, "39" organ donor, "40" cadaver donor, "53" life partner, "G8" other
 */
public record Patient(
        String relationshipCode,
        String firstName,
        String lastName,
        LocalDate dateOfBirth,
        String sex,
        Address address) {

    public Patient {
        Objects.requireNonNull(relationshipCode, "relationshipCode");
        Objects.requireNonNull(lastName, "lastName");
    }
}
