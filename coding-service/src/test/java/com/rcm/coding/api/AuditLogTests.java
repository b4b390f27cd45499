package com.rcm.coding.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rcm.coding.CodingTestResources;
import com.rcm.coding.Encounters;
import com.rcm.platform.audit.AuditLog;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Every call with a token lands in the append-only audit log, which only ops reads. */
@QuarkusTest
@CodingTestResources
class AuditLogTests {
    @Inject
    AuditLog audit;

    @Inject
    AgroalDataSource dataSource;

    @Test
    @TestSecurity(user = "alice-biller", roles = "biller")
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = "practice-a"))
    void aReadOfAnEncounterIsRecordedWithWhoPracticeWhatWhenAndFromWhere() {
        OffsetDateTime before = OffsetDateTime.now().minusSeconds(5);
        String id = given().contentType(ContentType.JSON)
                .header("Idempotency-Key", "audit-" + UUID.randomUUID())
                .body(Encounters.contractExample("EHR-AUDIT"))
                .post("/v1/encounters")
                .then()
                .statusCode(202)
                .extract()
                .path("id");
        given().header("X-Correlation-Id", "audit-test-" + id)
                .get("/v1/encounters/{id}", id)
                .then()
                .statusCode(200);

        List<AuditLog.Entry> entries = audit.search("alice-biller", "practice-a", "/v1/encounters/" + id, before, 10);
        AuditLog.Entry read = entries.stream()
                .filter(e -> e.method().equals("GET"))
                .findFirst()
                .orElseThrow();
        assertEquals(200, read.status());
        assertEquals("biller", read.roles());
        assertEquals("audit-test-" + id, read.correlationId());
        assertTrue(read.remoteAddr() != null && !read.remoteAddr().isBlank(), "from where");
        assertTrue(
                audit.search("alice-biller", "practice-a", "/v1/encounters", before, 100).stream()
                        .anyMatch(e -> e.method().equals("POST") && e.status() == 202),
                "the submission is recorded too");
    }

    @Test
    @TestSecurity(user = "olga-ops", roles = "ops")
    void opsQueriesTheAuditLog() {
        given().get("/v1/audit-log?limit=5").then().statusCode(200);
        given().get("/v1/audit-log?actor=olga-ops&limit=50")
                .then()
                .statusCode(200)
                .body("actor", everyItem(is("olga-ops")))
                .body("path", hasItem("/v1/audit-log?limit=5"))
                .body("tenantId", everyItem(is(AuditLog.NO_PRACTICE)));
        given().get("/v1/audit-log?since=yesterday").then().statusCode(400);
    }

    @Test
    @TestSecurity(user = "alice-biller", roles = "biller")
    @OidcSecurity(claims = @Claim(key = "tenant_id", value = "practice-a"))
    void aPracticeCannotReadTheAuditLog() {
        given().get("/v1/audit-log").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "olga-ops", roles = "ops")
    void auditRowsAreNeverChangedOrDeleted() throws SQLException {
        given().get("/v1/audit-log?limit=1").then().statusCode(200);
        try (Connection connection = dataSource.getConnection();
                Statement sql = connection.createStatement()) {
            sql.execute("SELECT set_config('app.tenant_id', '*', false)");
            long rows = count(sql);
            assertTrue(rows > 0, "calls were audited");
            // No policy lets a session change a row, and a trigger refuses it to any role that could.
            assertChangesNothing(sql, "UPDATE audit_log SET actor = 'someone else'");
            assertChangesNothing(sql, "DELETE FROM audit_log");
            assertEquals(rows, count(sql));
        }
    }

    private static void assertChangesNothing(Statement sql, String statement) {
        try {
            assertEquals(0, sql.executeUpdate(statement), statement);
        } catch (SQLException refused) {
            // refused outright: nothing changed
        }
    }

    private static long count(Statement sql) throws SQLException {
        try (var result = sql.executeQuery("SELECT count(*) FROM audit_log")) {
            result.next();
            return result.getLong(1);
        }
    }
}
