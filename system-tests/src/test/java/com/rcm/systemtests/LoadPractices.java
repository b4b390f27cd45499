package com.rcm.systemtests;

import java.util.List;
import java.util.UUID;

/**
 * The three practices a load spreads over: the two the platform is seeded with, and a third brought
 * on the way a new practice is (a Keycloak admin of its own, then its claims setup through the API).
 */
final class LoadPractices {
    static final String THIRD = "practice-c";
    /** What the partner EHR must be linked to ({@code coding.partner-links.ehr-partner-1}). */
    static final String LINKED = "practice-a,practice-b," + THIRD;

    private static boolean thirdSetUp;

    static synchronized List<String> all() {
        if (!thirdSetUp) {
            String admin = "load-admin-" + UUID.randomUUID().toString().substring(0, 8);
            KeycloakAdmin.newUser(admin, THIRD, "practice-admin", "biller");
            ClaimsSetup.forNewPractice(admin);
            thirdSetUp = true;
        }
        return List.of("practice-a", "practice-b", THIRD);
    }

    private LoadPractices() {}
}
