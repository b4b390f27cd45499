package com.rcm.coding.partner;

import com.rcm.coding.config.CodingConfig;
import com.rcm.platform.messaging.PoisonMessageException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Which partner EHR may submit for which practice. An event from a partner for a practice it is not
 * linked to is refused (dead-lettered with the reason) before anything is stored.
 */
@ApplicationScoped
public class PartnerLinks {
    private final CodingConfig config;

    public PartnerLinks(CodingConfig config) {
        this.config = config;
    }

    public void requireLinked(String source, String tenantId) {
        String partner = source == null ? "" : source.startsWith("/") ? source.substring(1) : source;
        List<String> tenants = config.partnerLinks().get(partner);
        if (tenants == null) {
            throw new PoisonMessageException("source '" + source + "' is not a known partner EHR");
        }
        if (!tenants.contains(tenantId)) {
            throw new PoisonMessageException("partner " + partner + " is not linked to tenant " + tenantId);
        }
    }
}
