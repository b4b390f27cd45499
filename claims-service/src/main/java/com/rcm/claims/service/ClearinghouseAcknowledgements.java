package com.rcm.claims.service;

import com.rcm.claims.domain.ClaimStatus;
import com.rcm.claims.persistence.ClaimEntity;
import com.rcm.events.payload.ClaimAccepted;
import com.rcm.events.payload.ClaimRejected;
import com.rcm.platform.outbox.Outbox;
import com.rcm.platform.outbox.OutgoingEvent;
import com.rcm.x12.InvalidX12Exception;
import com.rcm.x12.ack.AcknowledgementReader;
import com.rcm.x12.ack.ClaimAcknowledgement;
import com.rcm.x12.ack.SyntaxAcknowledgement;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Applies the clearinghouse's 999 and 277CA to a submitted claim: a 999 rejection or a 277CA
 * rejection makes it REJECTED with the reasons a biller corrects; a 277CA acceptance makes it
 * ACCEPTED. Each outcome is announced.
 */
@ApplicationScoped
public class ClearinghouseAcknowledgements {
    private static final Logger LOG = Logger.getLogger(ClearinghouseAcknowledgements.class);

    private final Outbox outbox;

    public ClearinghouseAcknowledgements(Outbox outbox) {
        this.outbox = outbox;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(ClaimEntity claim, String ack999, String ack277ca) {
        claim.ack999 = ack999;
        claim.ack277ca = ack277ca;
        try {
            if (ack999 != null) {
                SyntaxAcknowledgement syntax = AcknowledgementReader.read999(ack999);
                if (!syntax.accepted()) {
                    reject(
                            claim,
                            "999",
                            syntax.errors().isEmpty()
                                    ? List.of("999 rejected the transaction set")
                                    : syntax.errors().stream()
                                            .map(e -> "999 " + e.describe())
                                            .toList());
                    return;
                }
            }
            if (ack277ca == null) {
                return;
            }
            Optional<ClaimAcknowledgement> ack = AcknowledgementReader.read277ca(ack277ca).stream()
                    .filter(a -> a.patientControlNumber().equals(claim.patientControlNumber))
                    .findFirst();
            if (ack.isEmpty()) {
                LOG.warnf("277CA for submission of claim %s does not name it; it stays SUBMITTED", claim.id);
            } else if (ack.get().accepted()) {
                claim.moveTo(ClaimStatus.ACCEPTED, ack.get().describe());
                publish(
                        claim,
                        new ClaimAccepted(
                                claim.id,
                                claim.encounterId,
                                claim.patientControlNumber,
                                ack.get().category() + ":" + ack.get().statusCode()));
            } else {
                reject(claim, "277CA", List.of(ack.get().describe()));
            }
        } catch (InvalidX12Exception e) {
            LOG.warnf("unreadable acknowledgement for claim %s, it stays SUBMITTED: %s", claim.id, e.errors());
        }
    }

    private void reject(ClaimEntity claim, String acknowledgement, List<String> reasons) {
        claim.moveTo(ClaimStatus.REJECTED, String.join("; ", reasons));
        publish(
                claim,
                new ClaimRejected(claim.id, claim.encounterId, claim.patientControlNumber, acknowledgement, reasons));
    }

    private void publish(ClaimEntity claim, Object payload) {
        outbox.publish(OutgoingEvent.of(claim.tenantId, claim.encounterId, "claim/" + claim.id, payload));
    }
}
