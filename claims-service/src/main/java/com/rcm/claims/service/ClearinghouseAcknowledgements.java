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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Applies the clearinghouse's 999 and 277CA, read once per interchange ({@link #read}), to each submitted claim: a 999 rejection or a 277CA
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

    /**
     * The clearinghouse's answer to one interchange, read once for all its claims: the 999's verdict
     * and the 277CA's acknowledgement of each claim by its CLM01; unreadable names why it could not be read.
     */
    public record Answer(
            SyntaxAcknowledgement syntax,
            Map<String, ClaimAcknowledgement> claims,
            boolean has277ca,
            String unreadable) {}

    public static Answer read(String ack999, String ack277ca) {
        try {
            SyntaxAcknowledgement syntax = ack999 == null ? null : AcknowledgementReader.read999(ack999);
            Map<String, ClaimAcknowledgement> claims = new HashMap<>();
            if (ack277ca != null && (syntax == null || syntax.accepted())) {
                AcknowledgementReader.read277ca(ack277ca)
                        .forEach(ack -> claims.putIfAbsent(ack.patientControlNumber(), ack));
            }
            return new Answer(syntax, claims, ack277ca != null, null);
        } catch (InvalidX12Exception e) {
            return new Answer(null, Map.of(), false, String.valueOf(e.errors()));
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(ClaimEntity claim, Answer answer) {
        if (answer.unreadable() != null) {
            LOG.warnf("unreadable acknowledgement for claim %s, it stays SUBMITTED: %s", claim.id, answer.unreadable());
            return;
        }
        SyntaxAcknowledgement syntax = answer.syntax();
        if (syntax != null && !syntax.accepted()) {
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
        if (!answer.has277ca()) {
            return;
        }
        ClaimAcknowledgement ack = answer.claims().get(claim.patientControlNumber);
        if (ack == null) {
            LOG.warnf("277CA for submission of claim %s does not name it; it stays SUBMITTED", claim.id);
        } else if (ack.accepted()) {
            claim.moveTo(ClaimStatus.ACCEPTED, ack.describe());
            publish(
                    claim,
                    new ClaimAccepted(
                            claim.id,
                            claim.encounterId,
                            claim.patientControlNumber,
                            ack.category() + ":" + ack.statusCode()));
        } else {
            reject(claim, "277CA", List.of(ack.describe()));
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
