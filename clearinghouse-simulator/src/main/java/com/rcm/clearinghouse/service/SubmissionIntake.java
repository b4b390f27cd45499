package com.rcm.clearinghouse.service;

import com.rcm.clearinghouse.config.SimulatorConfig;
import com.rcm.clearinghouse.domain.PayerContract;
import com.rcm.clearinghouse.domain.ReceivedClaim;
import com.rcm.clearinghouse.persistence.SubmissionStore;
import com.rcm.clearinghouse.x12.ClaimReader;
import com.rcm.clearinghouse.x12.RemittanceWriter;
import com.rcm.x12.InvalidX12Exception;
import com.rcm.x12.Segment;
import com.rcm.x12.SegmentReader;
import com.rcm.x12.ack.AcknowledgementWriter;
import com.rcm.x12.ack.ClaimAcknowledgement;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Takes an 837P interchange the way a clearinghouse does: acknowledges it (999), checks each claim
 * at the front end (277CA), adjudicates the accepted ones the way the payer would, and keeps the
 * 835 that will answer them once the configured delay has passed.
 */
@ApplicationScoped
public class SubmissionIntake {
    private final SubmissionStore store;
    private final SimulatorConfig config;
    private final FrontEndEdits frontEnd;

    public SubmissionIntake(SubmissionStore store, SimulatorConfig config, FrontEndEdits frontEnd) {
        this.store = store;
        this.config = config;
        this.frontEnd = frontEnd;
    }

    public record Taken(String submissionId, int claims, int accepted, String ack999, String ack277ca) {
    }

    public Taken take(String interchange) throws SQLException {
        List<ReceivedClaim> claims = ClaimReader.read(interchange);
        long payerGroups = claims.stream().map(c -> c.payerId() + "/" + c.billingProviderNpi()).distinct().count();
        if (payerGroups > 1) {
            throw new InvalidX12Exception(List.of("one submission may bill one payer for one billing provider; "
                    + "batches across payers are not simulated"));
        }
        AcknowledgementWriter.Exchange exchange = exchange(interchange, claims.get(0).senderId());
        List<ReceivedClaim> accepted = new ArrayList<>();
        List<AcknowledgementWriter.ClaimStatus> statuses = new ArrayList<>();
        for (ReceivedClaim claim : claims) {
            ClaimAcknowledgement ack = frontEnd.check(claim);
            if (ack.accepted()) {
                accepted.add(claim);
            }
            statuses.add(new AcknowledgementWriter.ClaimStatus(ack, claim.billingProviderName(),
                    claim.billingProviderNpi(), claim.patientLastName(), claim.patientFirstName(), claim.memberId(),
                    claim.chargeCents(), claim.lines().get(0).dateOfService()));
        }
        String remittance = accepted.isEmpty() ? null : RemittanceWriter.write(accepted,
                new PayerContract(config.allowedPercent(), config.coinsurancePercent()), config.clearinghouseId(),
                store.nextTraceNumber());
        String id = UUID.randomUUID().toString();
        store.save(id, interchange, remittance, Instant.now().plus(config.remittanceDelay()));
        return new Taken(id, claims.size(), accepted.size(), AcknowledgementWriter.write999(exchange, true, List.of()),
                AcknowledgementWriter.write277ca(exchange, statuses));
    }

    /** The group and transaction control numbers the acknowledgements answer (GS06, ST02). */
    private AcknowledgementWriter.Exchange exchange(String interchange, String submitterId) throws SQLException {
        String group = "";
        String transaction = "";
        for (Segment segment : SegmentReader.read(interchange)) {
            if (segment.tag().equals("GS")) {
                group = segment.element(6);
            } else if (segment.tag().equals("ST")) {
                transaction = segment.element(2);
                break;
            }
        }
        return new AcknowledgementWriter.Exchange(config.clearinghouseId(), "SIM CLEARINGHOUSE", submitterId, group,
                transaction, store.nextTraceNumber());
    }
}
