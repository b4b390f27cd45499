package com.rcm.clearinghouse.service;

import com.rcm.clearinghouse.config.SimulatorConfig;
import com.rcm.clearinghouse.domain.PayerContract;
import com.rcm.clearinghouse.domain.ReceivedClaim;
import com.rcm.clearinghouse.persistence.SubmissionStore;
import com.rcm.clearinghouse.x12.ClaimReader;
import com.rcm.clearinghouse.x12.RemittanceWriter;
import com.rcm.x12.InvalidX12Exception;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Takes an 837P interchange the way a clearinghouse does, adjudicates it the way the payer would,
 * and keeps the 835 that will answer it once the configured delay has passed.
 */
@ApplicationScoped
public class SubmissionIntake {
    private final SubmissionStore store;
    private final SimulatorConfig config;

    public SubmissionIntake(SubmissionStore store, SimulatorConfig config) {
        this.store = store;
        this.config = config;
    }

    public record Taken(String submissionId, int claims) {
    }

    public Taken take(String interchange) throws SQLException {
        List<ReceivedClaim> claims = ClaimReader.read(interchange);
        long payerGroups = claims.stream().map(c -> c.payerId() + "/" + c.billingProviderNpi()).distinct().count();
        if (payerGroups > 1) {
            throw new InvalidX12Exception(List.of("one submission may bill one payer for one billing provider; "
                    + "batches across payers are not simulated"));
        }
        PayerContract contract = new PayerContract(config.allowedPercent(), config.coinsurancePercent());
        String remittance = RemittanceWriter.write(claims, contract, config.clearinghouseId(), store.nextTraceNumber());
        String id = UUID.randomUUID().toString();
        store.save(id, interchange, remittance, Instant.now().plus(config.remittanceDelay()));
        return new Taken(id, claims.size());
    }
}
