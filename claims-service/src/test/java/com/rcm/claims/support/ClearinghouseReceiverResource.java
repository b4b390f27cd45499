package com.rcm.claims.support;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An HTTP endpoint on loopback that takes 837P submissions the way the clearinghouse does and keeps
 * every body, so tests can read exactly what claims-service sent.
 */
public class ClearinghouseReceiverResource implements QuarkusTestResourceLifecycleManager {
    private static final List<String> RECEIVED = new CopyOnWriteArrayList<>();
    private HttpServer server;

    public static List<String> received() {
        return RECEIVED;
    }

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/v1/submissions", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                RECEIVED.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
            byte[] answer = ("{\"submissionId\":\"" + UUID.randomUUID() + "\",\"status\":\"RECEIVED\"}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(202, answer.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer);
            }
        });
        server.start();
        return Map.of("quarkus.rest-client.clearinghouse.url", "http://127.0.0.1:" + server.getAddress().getPort());
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
