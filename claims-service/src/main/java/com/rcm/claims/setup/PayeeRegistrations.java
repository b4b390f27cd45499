package com.rcm.claims.setup;

import com.rcm.claims.persistence.BillingNpiRegistry;
import com.rcm.events.payload.PayeeRegistered;
import com.rcm.platform.api.ApiProblemException;
import com.rcm.platform.outbox.Outbox;
import com.rcm.platform.outbox.OutgoingEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * Who owns each billing (payee) NPI (ADR 23): a practice registers a free NPI as its own; one another
 * practice holds is refused; only the billing company moves one. Each change of owner leaves through
 * the outbox as {@code billing.payee.registered.v1}, payments' only source of 835 routes.
 */
@ApplicationScoped
public class PayeeRegistrations {
    private final BillingNpiRegistry registry;
    private final Outbox outbox;

    public PayeeRegistrations(BillingNpiRegistry registry, Outbox outbox) {
        this.registry = registry;
        this.outbox = outbox;
    }

    /** The outcome of a practice's registration. */
    public enum Outcome {
        REGISTERED,
        ALREADY_ITS_OWN,
        OWNED_BY_ANOTHER_PRACTICE
    }

    /** Registers {@code npi} for {@code tenantId}; an NPI the practice owns already changes nothing. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Outcome register(String tenantId, String npi, String actor) {
        if (registry.claimIfFree(npi, tenantId, actor).isPresent()) {
            announce(tenantId, npi, 1, PayeeRegistered.REGISTERED);
            return Outcome.REGISTERED;
        }
        return registry.ownedBy(npi, tenantId) ? Outcome.ALREADY_ITS_OWN : Outcome.OWNED_BY_ANOTHER_PRACTICE;
    }

    /** {@link #register}, answering 409 for an NPI another practice owns, without saying which. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void registerOrRefuse(String tenantId, String npi, String actor) {
        if (register(tenantId, npi, actor) == Outcome.OWNED_BY_ANOTHER_PRACTICE) {
            throw new ApiProblemException(
                    409,
                    "Billing NPI registered to another practice",
                    "billing NPI " + npi
                            + " is registered to another practice; payers' remittances for it go there. If it is yours, "
                            + "ask the billing company to move it to your practice.");
        }
    }

    /** The billing company's move: {@code npi} belongs to {@code tenantId} from now on, whoever held it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public BillingNpiRegistry.Owner move(String npi, String tenantId, String actor) {
        BillingNpiRegistry.Owner owner = registry.assign(npi, tenantId, actor);
        announce(tenantId, npi, owner.version(), PayeeRegistered.MOVED);
        return owner;
    }

    private void announce(String tenantId, String npi, long version, String reason) {
        outbox.publish(
                OutgoingEvent.of(tenantId, null, "billing-npi/" + npi, new PayeeRegistered(npi, version, reason)));
    }
}
