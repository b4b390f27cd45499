package com.rcm.clearinghouse.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import com.rcm.clearinghouse.config.SimulatorConfig;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;


/** An OAuth2 client-credentials token for calling payments-service, renewed shortly before it expires. */
@ApplicationScoped
public class ClientCredentials {
    private final String tokenUrl;
    private final String clientId;
    private final String clientSecret;
    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private String token;
    private Instant renewAt = Instant.EPOCH;

    public ClientCredentials(SimulatorConfig config) {
        this.tokenUrl = config.tokenUrl();
        this.clientId = config.clientId();
        this.clientSecret = config.clientSecret();
    }

    public synchronized String bearer() throws Exception {
        if (token == null || Instant.now().isAfter(renewAt)) {
            String form = "grant_type=client_credentials&client_id=" + encode(clientId) + "&client_secret="
                    + encode(clientSecret);
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(tokenUrl))
                    .timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("token endpoint answered " + response.statusCode());
            }
            JsonNode body = json.readTree(response.body());
            token = body.get("access_token").asText();
            renewAt = Instant.now().plusSeconds(Math.max(10, body.path("expires_in").asLong(60) - 30));
        }
        return "Bearer " + token;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
