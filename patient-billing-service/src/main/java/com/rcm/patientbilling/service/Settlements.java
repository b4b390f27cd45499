package com.rcm.patientbilling.service;

import com.rcm.events.EventEnvelope;
import com.rcm.events.payload.BalanceSettled;
import com.rcm.patientbilling.domain.OpenCharges;
import com.rcm.patientbilling.persistence.EncounterSettlements;
import com.rcm.patientbilling.persistence.PatientAccountEntity;
import com.rcm.platform.outbox.Outbox;
import com.rcm.platform.outbox.OutgoingEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Map;

/**
 * Announces each encounter whose patient balance reached zero, once: BalanceSettled moves it to
 * SETTLED. A charge that comes back later (a corrected claim payment) bills the encounter again but
 * does not take back the announcement.
 */
@ApplicationScoped
public class Settlements {
    private final AccountCharges charges;
    private final EncounterSettlements settled;
    private final Outbox outbox;

    public Settlements(AccountCharges charges, EncounterSettlements settled, Outbox outbox) {
        this.charges = charges;
        this.settled = settled;
        this.outbox = outbox;
    }

    /** Every charged encounter of the account with nothing left open. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void announcePaidOff(PatientAccountEntity account, LocalDate on, EventEnvelope cause) {
        OpenCharges.Result result = charges.of(account.id);
        for (Map.Entry<String, Long> encounter : result.openByEncounter().entrySet()) {
            if (encounter.getValue() == 0) {
                announce(account, encounter.getKey(), on, cause);
            }
        }
    }

    /** An encounter insurance paid in full: the patient never owed anything on it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void announceIfNothingOwed(
            PatientAccountEntity account, String encounterId, LocalDate on, EventEnvelope cause) {
        Long open = charges.of(account.id).openByEncounter().get(encounterId);
        if (open == null || open == 0) {
            announce(account, encounterId, on, cause);
        }
    }

    private void announce(PatientAccountEntity account, String encounterId, LocalDate on, EventEnvelope cause) {
        if (settled.settleOnce(account.tenantId, encounterId, account.id, on)) {
            outbox.publish(OutgoingEvent.of(
                            account.tenantId,
                            encounterId,
                            "encounter/" + encounterId,
                            new BalanceSettled(encounterId, account.patientId, on))
                    .causedBy(cause));
        }
    }
}
