package com.rcm.clearinghouse.support;

import com.rcm.testkit.PostgresTestResource;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Stands in on loopback for what the simulator calls: the token endpoint (client credentials) and
 * payments-service's ERA endpoint, which keeps each 835 with the Authorization it came with.
 * Also gives the simulator its own fresh database.
 */
public class PaymentsReceiverResource implements QuarkusTestResourceLifecycleManager {
    public record Delivery(String authorization, String body) {}

    private static final List<Delivery> DELIVERED = new CopyOnWriteArrayList<>();
    private static final Map<String, AtomicInteger> REFUSALS = new ConcurrentHashMap<>();
    private HttpServer server;
    private final PostgresTestResource database = new PostgresTestResource();

    /** The 835s taken (answered 202), in the order they came. */
    public static List<Delivery> delivered() {
        return DELIVERED;
    }

    /** Answers 503 to the next {@code times} 835s containing {@code text}, as payments-service being down would. */
    public static void refuse(String text, int times) {
        REFUSALS.put(text, new AtomicInteger(times));
    }

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext(
                "/realms/billing/protocol/openid-connect/token",
                exchange -> answer(exchange, 200, "{\"access_token\":\"test-token\",\"expires_in\":300}"));
        server.createContext("/v1/clearinghouse/remittances", exchange -> {
            String body;
            try (InputStream in = exchange.getRequestBody()) {
                body = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
            }
            boolean refused = REFUSALS.entrySet().stream()
                    .anyMatch(refusal -> body.contains(refusal.getKey())
                            && refusal.getValue().getAndDecrement() > 0);
            if (refused) {
                answer(exchange, 503, "{}");
                return;
            }
            DELIVERED.add(new Delivery(exchange.getRequestHeaders().getFirst("Authorization"), body));
            answer(exchange, 202, "{}");
        });
        server.start();
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        database.init(Map.of("database", "clearinghouse_test"));
        Map<String, String> config = new HashMap<>(database.start());
        config.put("quarkus.rest-client.payments.url", base);
        // The realm as Keycloak serves it; the token path under it is the one deployments use.
        config.put("quarkus.oidc-client.auth-server-url", base + "/realms/billing");
        config.put("simulator.remittance-delay", "0s");
        return config;
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
