package com.rcm.claims.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.rcm.x12.ack.AcknowledgementWriter;
import com.rcm.x12.ack.ClaimAcknowledgement;
import com.rcm.x12.ack.ImplementationError;
import com.rcm.x12.claimstatus.ClaimStatusInquiry;
import com.rcm.x12.claimstatus.ClaimStatusReader;
import com.rcm.x12.claimstatus.ClaimStatusReport;
import com.rcm.x12.claimstatus.ClaimStatusWriter;
import com.rcm.x12.eligibility.EligibilityInquiry;
import com.rcm.x12.eligibility.EligibilityReader;
import com.rcm.x12.eligibility.EligibilityResponse;
import com.rcm.x12.eligibility.EligibilityWriter;
import com.sun.net.httpserver.HttpExchange;
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
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
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
    /** A member whose plan this stand-in's payer says has ended (271 EB*6). */
    public static final String INACTIVE_MEMBER = "M555003";
    /** A member whose interchanges this stand-in takes but, while {@link #loseAnswers} says so, never answers. */
    public static final String LOST_ANSWER_MEMBER = "M555004";

    private static final AtomicInteger ANSWERS_TO_LOSE = new AtomicInteger();
    private static final List<String> RECEIVED = new CopyOnWriteArrayList<>();
    private static final List<String> INQUIRIES = new CopyOnWriteArrayList<>();
    /** What the payer answers a 276 about a patient control number with (category:code); P1:20 otherwise. */
    private static final Map<String, String> CLAIM_STATUS = new ConcurrentHashMap<>();

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AcknowledgementWriter.Exchange EXCHANGE =
            new AcknowledgementWriter.Exchange("SIMCLEARING", "TEST CLEARINGHOUSE", "SUBMITTER", "1", "0001", 1);
    private HttpServer server;

    public static List<String> received() {
        return RECEIVED;
    }

    /** Every 270 and 276 received, as sent. */
    public static List<String> inquiries() {
        return INQUIRIES;
    }

    /** The next {@code times} interchanges holding {@value #LOST_ANSWER_MEMBER} are kept but answered 503. */
    public static void loseAnswers(int times) {
        ANSWERS_TO_LOSE.set(times);
    }

    public static void answerClaimStatus(String patientControlNumber, String categoryAndCode) {
        CLAIM_STATUS.put(patientControlNumber, categoryAndCode);
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
            if (interchange.contains("*MI*" + LOST_ANSWER_MEMBER + "~")
                    && ANSWERS_TO_LOSE.getAndUpdate(left -> Math.max(0, left - 1)) > 0) {
                exchange.sendResponseHeaders(503, -1);
                exchange.close();
                return;
            }
            Map<String, Object> receipt = new HashMap<>();
            receipt.put("submissionId", UUID.randomUUID().toString());
            if (interchange.contains("*MI*" + MALFORMED_MEMBER + "~")) {
                receipt.put("status", "REJECTED");
                receipt.put(
                        "ack999",
                        AcknowledgementWriter.write999(
                                EXCHANGE, List.of(new ImplementationError("NM1", 14, "8", 9, "6", MALFORMED_MEMBER))));
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
        server.createContext(
                "/v1/eligibility",
                exchange -> answer(exchange, x270 -> {
                    EligibilityInquiry asked = EligibilityReader.readInquiry(x270);
                    EligibilityResponse.Status status = UNKNOWN_MEMBER.equals(asked.memberId())
                            ? EligibilityResponse.Status.MEMBER_NOT_FOUND
                            : INACTIVE_MEMBER.equals(asked.memberId())
                                    ? EligibilityResponse.Status.INACTIVE
                                    : EligibilityResponse.Status.ACTIVE;
                    boolean active = status == EligibilityResponse.Status.ACTIVE;
                    return EligibilityWriter.toX12(new EligibilityResponse(
                            asked.envelope(),
                            asked.traceNumber(),
                            asked.payerId(),
                            asked.payerName(),
                            asked.providerName(),
                            asked.providerNpi(),
                            asked.memberId(),
                            asked.firstName(),
                            asked.lastName(),
                            status == EligibilityResponse.Status.MEMBER_NOT_FOUND ? null : asked.dateOfService(),
                            status,
                            status == EligibilityResponse.Status.MEMBER_NOT_FOUND ? null : "TEST PPO",
                            active ? 2500L : null,
                            active ? 20 : null,
                            active ? 100000L : null,
                            active ? 6000L : null,
                            active ? Boolean.TRUE : null,
                            status == EligibilityResponse.Status.MEMBER_NOT_FOUND ? "75" : null));
                }));
        server.createContext(
                "/v1/claim-status",
                exchange -> answer(exchange, x276 -> {
                    ClaimStatusInquiry asked = ClaimStatusReader.readInquiry(x276);
                    String[] status = CLAIM_STATUS
                            .getOrDefault(asked.patientControlNumber(), "P1:20")
                            .split(":");
                    return ClaimStatusWriter.toX12(
                            new ClaimStatusReport(
                                    asked.envelope(),
                                    asked.traceNumber(),
                                    asked.payerId(),
                                    asked.payerName(),
                                    asked.patientControlNumber(),
                                    status[0],
                                    status[1],
                                    LocalDate.of(2026, 12, 1),
                                    asked.chargeCents(),
                                    0,
                                    null),
                            asked);
                }));
        server.start();
        return Map.of(
                "quarkus.rest-client.clearinghouse.url",
                "http://127.0.0.1:" + server.getAddress().getPort());
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
            statuses.add(new AcknowledgementWriter.ClaimStatus(
                    ack, "PRACTICE", "1111111112", "DOE", "JANE", member, 100, LocalDate.of(2026, 11, 2)));
        }
        return AcknowledgementWriter.write277ca(EXCHANGE, statuses);
    }

    /** Reads the inquiry, keeps it, and answers with {@code reply}'s X12. */
    private static void answer(HttpExchange exchange, Function<String, String> reply) throws IOException {
        String inquiry;
        try (InputStream in = exchange.getRequestBody()) {
            inquiry = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        INQUIRIES.add(inquiry);
        byte[] answer = reply.apply(inquiry).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/edi-x12");
        exchange.sendResponseHeaders(200, answer.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(answer);
        }
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
