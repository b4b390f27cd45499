package com.rcm.ops.api;

import com.rcm.events.CloudEventHeaders;
import com.rcm.events.Topics;
import com.rcm.testkit.EventTap;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Publishes stage events the way each service does (the projection reads only headers and outcome). */
final class StageEvents {

    static String send(String topic, String type, String tenant, String encounterId, String time, String payload) {
        String id = UUID.randomUUID().toString();
        Map<String, String> headers = new HashMap<>();
        headers.put(CloudEventHeaders.SPEC_VERSION, "1.0");
        headers.put(CloudEventHeaders.ID, id);
        headers.put(CloudEventHeaders.TYPE, type);
        headers.put(CloudEventHeaders.SOURCE, "/test");
        headers.put(CloudEventHeaders.TIME, time);
        headers.put(CloudEventHeaders.TENANT_ID, tenant);
        if (encounterId != null) {
            headers.put(CloudEventHeaders.ENCOUNTER_ID, encounterId);
        }
        EventTap.send(topic, tenant + ":" + encounterId, payload, headers);
        return id;
    }


    static String coded(String tenant, String encounterId, String time) {
        return send(Topics.CODING_EVENTS, "billing.encounter.coded.v1", tenant, encounterId, time, Payloads.CODED
                .replace("ENC", encounterId == null ? "unknown" : encounterId));
    }

    private StageEvents() {
    }
}
