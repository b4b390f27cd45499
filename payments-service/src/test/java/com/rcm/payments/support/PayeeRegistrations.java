package com.rcm.payments.support;

import static org.awaitility.Awaitility.await;

import com.rcm.events.CloudEventHeaders;
import com.rcm.events.EventJson;
import com.rcm.events.Topics;
import com.rcm.events.payload.PayeeRegistered;
import com.rcm.testkit.EventTap;
import com.rcm.testkit.PostgresServer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Publishes billing NPI registrations as claims-service's practice setup does, and waits for payments to read them. */
public final class PayeeRegistrations {

    /** {@code npi} registered to {@code tenant} (ownership {@code version}), once payments routes it there. */
    public static void registered(String tenant, String npi, long version) {
        publish(tenant, npi, version);
        awaitRoute(npi, tenant);
    }

    /** Publishes the registration; answers its event id. */
    public static String publish(String tenant, String npi, long version) {
        String id = UUID.randomUUID().toString();
        PayeeRegistered registered =
                new PayeeRegistered(npi, version, version == 1 ? PayeeRegistered.REGISTERED : PayeeRegistered.MOVED);
        EventTap.sendAll(
                Topics.CLAIMS_EVENTS,
                List.of(new EventTap.Outgoing(
                        tenant + ":billing-npi/" + npi,
                        EventJson.write(registered),
                        Map.of(
                                CloudEventHeaders.SPEC_VERSION, "1.0",
                                CloudEventHeaders.ID, id,
                                CloudEventHeaders.TYPE, "billing.payee.registered.v1",
                                CloudEventHeaders.SOURCE, "/claims-service",
                                CloudEventHeaders.TENANT_ID, tenant))));
        return id;
    }

    /** Waits until payments has applied the event (its inbox has it). */
    public static void awaitRead(String eventId) {
        await().atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> {
                    try (Connection c = PostgresServer.superuserConnection("payments_test");
                            PreparedStatement s = c.prepareStatement("SELECT 1 FROM inbox WHERE event_id = ?")) {
                        s.setString(1, eventId);
                        try (ResultSet r = s.executeQuery()) {
                            return r.next();
                        }
                    }
                });
    }

    public static void awaitRoute(String npi, String tenant) {
        await().atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> tenant.equals(routeOf(npi)));
    }

    /** The practice payments routes {@code npi} to (read as superuser: the table is payments' own plumbing). */
    public static String routeOf(String npi) throws SQLException {
        try (Connection c = PostgresServer.superuserConnection("payments_test");
                PreparedStatement s = c.prepareStatement("SELECT tenant_id FROM payee_route WHERE npi = ?")) {
            s.setString(1, npi);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        }
    }

    private PayeeRegistrations() {}
}
