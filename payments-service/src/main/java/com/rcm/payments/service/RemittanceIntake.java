package com.rcm.payments.service;

import com.rcm.payments.domain.RemittanceAdvice;
import com.rcm.payments.persistence.PayeeRoutes;
import com.rcm.x12.InvalidX12Exception;
import com.rcm.payments.x12.RemittanceParser;
import com.rcm.platform.api.Problem;
import com.rcm.platform.api.ApiProblemException;
import com.rcm.platform.tenant.TenantContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where 835s come in: uploaded by a practice (its tenant from the token) or delivered by the
 * clearinghouse (the practice found by the payee NPI). Every payment in the file is posted in one
 * transaction, so a file is posted whole or not at all.
 */
@ApplicationScoped
public class RemittanceIntake {
    public static final String CHANNEL_UPLOAD = "UPLOAD";
    public static final String CHANNEL_CLEARINGHOUSE = "CLEARINGHOUSE";
    public static final String CHANNEL_DROP_FOLDER = "DROP_FOLDER";

    private final RemittancePosting posting;
    private final PayeeRoutes payeeRoutes;

    public RemittanceIntake(RemittancePosting posting, PayeeRoutes payeeRoutes) {
        this.posting = posting;
        this.payeeRoutes = payeeRoutes;
    }

    public List<RemittancePosting.Result> upload(String tenantId, String x12) {
        List<RemittanceAdvice> advices = parse(x12);
        return QuarkusTransaction.requiringNew().call(() -> postAll(tenantId, advices, x12, CHANNEL_UPLOAD));
    }

    public List<RemittancePosting.Result> deliver(String x12) {
        return deliver(x12, CHANNEL_CLEARINGHOUSE);
    }

    /** An 835 that arrived without a practice's token: posted to the practice of its payee NPI. */
    public List<RemittancePosting.Result> deliver(String x12, String channel) {
        List<RemittanceAdvice> advices = parse(x12);
        Set<String> npis = advices.stream().map(RemittanceAdvice::payeeNpi).collect(Collectors.toSet());
        if (npis.size() != 1 || npis.contains(null)) {
            throw new ApiProblemException(422, "Unroutable remittance",
                    "a delivered 835 must name exactly one payee NPI (N1*PE*...*XX), found " + npis);
        }
        String npi = npis.iterator().next();
        String tenantId = QuarkusTransaction.requiringNew().call(() -> payeeRoutes.tenantOf(npi)).orElseThrow(
                () -> new ApiProblemException(422, "Unroutable remittance", "no practice has payee NPI " + npi));
        return TenantContext.callAs(tenantId, () -> QuarkusTransaction.requiringNew()
                .call(() -> postAll(tenantId, advices, x12, channel)));
    }

    private static List<RemittanceAdvice> parse(String x12) {
        try {
            return RemittanceParser.parse(x12);
        } catch (InvalidX12Exception e) {
            throw new ApiProblemException(400, "Invalid 835", e.getMessage(),
                    e.errors().stream().map(error -> new Problem.FieldError("body", error)).toList());
        }
    }

    private List<RemittancePosting.Result> postAll(String tenantId, List<RemittanceAdvice> advices, String x12,
            String channel) {
        List<RemittancePosting.Result> results = new ArrayList<>();
        for (RemittanceAdvice advice : advices) {
            results.add(posting.post(tenantId, advice, x12, channel));
        }
        return results;
    }
}
