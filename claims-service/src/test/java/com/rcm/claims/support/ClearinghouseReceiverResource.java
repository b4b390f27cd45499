package com.rcm.claims.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.rcm.x12.ack.AcknowledgementWriter;
import com.rcm.x12.ack.ClaimAcknowledgement;
import com.rcm.x12.ack.ImplementationError;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An HTTP endpoint on loopback that takes 837P submissions the way the clearinghouse does, keeps
 * every body so tests can read exactly what claims-service sent, and answers with a 999 and a 277CA.
 */
public class ClearinghouseReceiverResource implements QuarkusTestResourceLifecycleManager {
    /** The member id this stand-in's payer does not know. */
    public static final String UNKNOWN_MEMBER = "M999999";
    /** A member id whose characters this stand-in's front end refuses: the 999 rejects NM109 (IK4 error 6). */
    public static final String MALFORMED_MEMBER = "M-12#45";
    private static final List<String> RECEIVED = new CopyOnWriteArrayList<>();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AcknowledgementWriter.Exchange EXCHANGE = new AcknowledgementWriter.Exchange("SIMCLEARING",
            "TEST CLEARINGHOUSE", "SUBMITTER", "1", "0001", 1);
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
            String interchange;
            try (InputStream in = exchange.getRequestBody()) {
                interchange = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                RECEIVED.add(interchange);
            }
            Map<String, Object> receipt = new HashMap<>();
            receipt.put("submissionId", UUID.randomUUID().toString());
            if (interchange.contains("*MI*" + MALFORMED_MEMBER + "~")) {
                receipt.put("status", "REJECTED");
                receipt.put("ack999", AcknowledgementWriter.write999(EXCHANGE, List.of(
                        new ImplementationError("NM1", 14, "8", 9, "6", MALFORMED_MEMBER))));
            } else {
                receipt.put("status", "ACCEPTED");
                receipt.put("ack999", AcknowledgementWriter.write999(EXCHANGE, List.of()));
                receipt.put("ack277ca", acknowledge(interchange));
            }
            byte[] answer = JSON.writeValueAsBytes(receipt);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(202, answer.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer);
            }
        });
        server.start();
        return Map.of("quarkus.rest-client.clearinghouse.url", "http://127.0.0.1:" + server.getAddress().getPort());
    }

    /**
     * A2:20 for every claim of the interchange, but A3:33 (subscriber not found) for a claim under
     * member {@value #UNKNOWN_MEMBER}.
     */
    private static String acknowledge(String interchange) {
        Matcher segments = Pattern.compile("(NM1\\*IL\\*1\\*[^~]*\\*MI\\*([^~*]+))|(CLM\\*([^*]+)\\*)")
                .matcher(interchange);
        List<AcknowledgementWriter.ClaimStatus> statuses = new ArrayList<>();
        String member = "";
        while (segments.find()) {
            if (segments.group(2) != null) {
                member = segments.group(2);
                continue;
            }
            String pcn = segments.group(4);
            ClaimAcknowledgement ack = UNKNOWN_MEMBER.equals(member)
                    ? new ClaimAcknowledgement(pcn, "A3", "33", "subscriber " + UNKNOWN_MEMBER + " not found")
                    : new ClaimAcknowledgement(pcn, "A2", "20", null);
            statuses.add(new AcknowledgementWriter.ClaimStatus(ack, "PRACTICE", "1111111112", "DOE", "JANE", member,
                    100, LocalDate.of(2026, 11, 2)));
        }
        return AcknowledgementWriter.write277ca(EXCHANGE, statuses);
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
