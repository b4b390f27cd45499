package com.rcm.coding.partner;

import com.rcm.coding.config.CodingConfig;
import com.rcm.events.Topics;
import com.rcm.platform.messaging.UnprovenTenantException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Which partner EHR may submit for which practice. The partner is the one whose topic the record was
 * read from (only its principal may write there), never what the record's headers claim. An event
 * from a partner for a practice it is not linked to is refused before anything is stored, and its
 * dead letter is filed under no practice, so the practice it named never sees it.
 */
@ApplicationScoped
public class PartnerLinks {
    private final CodingConfig config;

    public PartnerLinks(CodingConfig config) {
        this.config = config;
    }

    /** The partner that wrote {@code topic}, linked to {@code tenantId}; refused otherwise. */
    public String requireLinked(String topic, String tenantId) {
        String partner = Topics.partnerOf(topic)
                .orElseThrow(() -> new UnprovenTenantException("topic " + topic + " is no partner's encounter topic"));
        List<String> tenants = config.partnerLinks().get(partner);
        if (tenants == null) {
            throw new UnprovenTenantException(
                    "partner " + partner + " (topic " + topic + ") is not a known partner EHR");
        }
        if (!tenants.contains(tenantId)) {
            throw new UnprovenTenantException("partner " + partner + " is not linked to tenant " + tenantId);
        }
        return partner;
    }
}
