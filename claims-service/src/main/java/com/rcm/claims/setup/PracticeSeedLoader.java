package com.rcm.claims.setup;

import com.rcm.claims.persistence.PracticeSetupRepository;
import com.rcm.events.EventJson;
import com.rcm.platform.tenant.TenantContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Loads the practices' setup at start: each practice in its own tenant-bound transaction, adding
 * what is missing and leaving what exists alone, so a restart changes nothing.
 */
@ApplicationScoped
public class PracticeSeedLoader {
    private static final Logger LOG = Logger.getLogger(PracticeSeedLoader.class);

    /** Who registered a seeded practice's billing NPI, in the registry. */
    static final String SEED_ACTOR = "practice-seed";

    private final PracticeSetupRepository setup;
    private final PayeeRegistrations payees;
    private final String seedResource;

    public PracticeSeedLoader(
            PracticeSetupRepository setup,
            PayeeRegistrations payees,
            @ConfigProperty(name = "claims.seed-resource") String seedResource) {
        this.setup = setup;
        this.payees = payees;
        this.seedResource = seedResource;
    }

    void onStart(@Observes StartupEvent event) throws IOException {
        PracticeSeed seed;
        try (InputStream in = open(seedResource)) {
            seed = EventJson.mapper().readValue(in, PracticeSeed.class);
        }
        for (PracticeSeed.Practice practice : seed.practices()) {
            TenantContext.runAs(
                    practice.tenantId(), () -> QuarkusTransaction.requiringNew().run(() -> load(practice)));
        }
        LOG.infof("practice setup loaded for %d practices", seed.practices().size());
    }

    private void load(PracticeSeed.Practice practice) {
        String tenant = practice.tenantId();
        setup.saveBillingProvider(tenant, practice.billingProvider(), false);
        practice.renderingProviders().forEach(r -> setup.saveRenderingProvider(tenant, r, false));
        practice.payers().forEach(p -> setup.savePayer(tenant, p, false));
        for (PracticeSeed.Fee fee : practice.feeSchedule().fees()) {
            setup.saveFee(
                    tenant,
                    fee.code(),
                    fee.modifier() == null ? "" : fee.modifier(),
                    fee.chargeCents(),
                    practice.feeSchedule().effectiveFrom(),
                    null,
                    false);
        }
        registerBillingNpi(tenant);
    }

    /**
     * The practice's billing NPI as it stands (the seed's, or the one its admin set since) is registered
     * to it if free, which also registers the NPIs of a database set up before the registry existed.
     * One another practice holds is left to the billing company to sort out, not taken.
     */
    private void registerBillingNpi(String tenant) {
        setup.billingProvider().ifPresent(provider -> {
            if (payees.register(tenant, provider.npi(), SEED_ACTOR)
                    == PayeeRegistrations.Outcome.OWNED_BY_ANOTHER_PRACTICE) {
                LOG.warnf(
                        "practice %s bills under NPI %s, which another practice has registered: its remittances "
                                + "are not routed here until the billing company moves the NPI",
                        tenant, provider.npi());
            }
        });
    }

    private static InputStream open(String location) throws IOException {
        Path file = Path.of(location);
        if (Files.isRegularFile(file)) {
            return Files.newInputStream(file);
        }
        InputStream resource = Thread.currentThread().getContextClassLoader().getResourceAsStream(location);
        if (resource == null) {
            throw new IOException("practice seed " + location + " is neither a file nor a resource");
        }
        return resource;
    }
}
