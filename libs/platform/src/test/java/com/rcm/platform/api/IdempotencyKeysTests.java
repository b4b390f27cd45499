package com.rcm.platform.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rcm.platform.JdbcEntityManager;
import com.rcm.platform.PlatformDatabase;
import com.rcm.platform.tenant.CurrentTenant;
import com.rcm.platform.tenant.RowLevelSecurityInterceptor;
import com.rcm.platform.tenant.TenantContext;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A create request retried with its Idempotency-Key: the same answer, a 409 for another body, per practice. */
class IdempotencyKeysTests {
    /** A create request's body, as a resource receives it. */
    record ChargeRequest(String encounterId, long amountCents) {}

    private static final ChargeRequest CHARGE = new ChargeRequest("enc-1", 12500);

    @BeforeEach
    void clearKeys() {
        PlatformDatabase.asSuperuser("DELETE FROM idempotency_key");
    }

    @Test
    void theFirstRequestReservesTheKeyAndItsRetryGetsTheSameResource() throws SQLException {
        assertEquals(Optional.empty(), reserve("practice-a", "key-1", CHARGE, "charge-1"));

        assertEquals(
                Optional.of("charge-1"), reserve("practice-a", "key-1", new ChargeRequest("enc-1", 12500), "charge-2"));
    }

    @Test
    void theSameKeyWithAnotherBodyIsAConflict() throws SQLException {
        reserve("practice-a", "key-1", CHARGE, "charge-1");

        ApiProblemException conflict = assertThrows(
                ApiProblemException.class,
                () -> reserve("practice-a", "key-1", new ChargeRequest("enc-1", 12600), "charge-2"));
        assertEquals(409, conflict.toProblem().status());
        assertTrue(
                conflict.toProblem().detail().contains("key-1"),
                conflict.toProblem().detail());
    }

    @Test
    void eachPracticeHasItsOwnKeys() throws SQLException {
        reserve("practice-a", "key-1", CHARGE, "charge-a");

        ChargeRequest other = new ChargeRequest("enc-9", 4000);
        assertEquals(Optional.empty(), reserve("practice-b", "key-1", other, "charge-b"));
        assertEquals(Optional.of("charge-b"), reserve("practice-b", "key-1", other, "charge-c"));
    }

    @Test
    void aMissingOrOverlongKeyIsABadRequest() {
        IdempotencyKeys keys = new IdempotencyKeys(null);
        for (String key : new String[] {null, " ", "k".repeat(201)}) {
            ApiProblemException bad = assertThrows(
                    ApiProblemException.class, () -> keys.reserve("practice-a", "charges", key, CHARGE, "charge-1"));
            assertEquals(400, bad.toProblem().status());
        }
    }

    /** As a service does it: on a connection bound to the practice, in one transaction with the resource. */
    private static Optional<String> reserve(String practice, String key, Object body, String resourceId)
            throws SQLException {
        try (Connection connection = PlatformDatabase.runtimeConnection()) {
            TenantContext.runAs(
                    practice,
                    () -> new RowLevelSecurityInterceptor(new CurrentTenant()).onConnectionAcquire(connection));
            connection.setAutoCommit(false);
            try {
                Optional<String> earlier = new IdempotencyKeys(JdbcEntityManager.over(connection))
                        .reserve(practice, "charges", key, body, resourceId);
                connection.commit();
                return earlier;
            } catch (RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
    }
}
