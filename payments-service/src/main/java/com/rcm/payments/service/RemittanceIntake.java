package com.rcm.payments.service;

import com.rcm.payments.domain.RemittanceAdvice;
import com.rcm.payments.domain.RemittanceFile;
import com.rcm.payments.persistence.EraFiles;
import com.rcm.payments.persistence.PayeeRoutes;
import com.rcm.payments.persistence.UnroutableRemittances;
import com.rcm.payments.x12.RemittanceParser;
import com.rcm.platform.api.ApiProblemException;
import com.rcm.platform.api.Problem;
import com.rcm.platform.tenant.TenantContext;
import com.rcm.x12.InvalidX12Exception;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Where 835s come in: uploaded by a practice (its tenant from the token) or delivered by the
 * clearinghouse (the practice that owns the payee NPI in the billing NPI registry, ADR 23). Every
 * payment in the file is posted in one transaction, so a file is posted whole or not at all, and the
 * file is kept once for all of them. A delivered file no practice owns waits in ops' queue.
 */
@ApplicationScoped
public class RemittanceIntake {
    public static final String CHANNEL_UPLOAD = "UPLOAD";
    public static final String CHANNEL_CLEARINGHOUSE = "CLEARINGHOUSE";
    public static final String CHANNEL_DROP_FOLDER = "DROP_FOLDER";

    private final RemittancePosting posting;
    private final PayeeRoutes payeeRoutes;
    private final EraFiles eraFiles;
    private final UnroutableRemittances unroutable;

    public RemittanceIntake(
            RemittancePosting posting, PayeeRoutes payeeRoutes, EraFiles eraFiles, UnroutableRemittances unroutable) {
        this.posting = posting;
        this.payeeRoutes = payeeRoutes;
        this.eraFiles = eraFiles;
        this.unroutable = unroutable;
    }

    /** What became of a delivered 835: posted to its practice, or queued for ops with the reason. */
    public sealed interface Delivery {
        record Posted(String tenantId, List<RemittancePosting.Result> results) implements Delivery {}

        record QueuedForOps(String unroutableId, String reason) implements Delivery {}
    }

    /**
     * A practice's upload: a file that does not balance is refused (422, every difference named) and
     * nothing of it is kept; the uploader holds the file and is told why, here and now.
     */
    public List<RemittancePosting.Result> upload(String tenantId, String x12) {
        RemittanceFile file = parse(x12);
        List<String> imbalances = new ArrayList<>();
        for (RemittanceAdvice advice : file.payments()) {
            advice.imbalances()
                    .forEach(imbalance -> imbalances.add("payment " + advice.traceNumber() + ": " + imbalance));
        }
        if (!imbalances.isEmpty()) {
            throw new ApiProblemException(
                    422,
                    "835 not posted",
                    "the file does not balance",
                    imbalances.stream()
                            .map(reason -> new Problem.FieldError("body", reason))
                            .toList());
        }
        return QuarkusTransaction.requiringNew().call(() -> postAll(tenantId, file, x12, CHANNEL_UPLOAD));
    }

    public Delivery deliver(String x12) {
        return deliver(x12, CHANNEL_CLEARINGHOUSE);
    }

    /**
     * An 835 that arrived without a practice's token: posted to the practice that owns its payee NPI;
     * one naming no payee, several, or one no practice owns is queued for ops instead of refused (the
     * clearinghouse has handed it over; a refusal would leave a payment nobody posts). For the same
     * reason a payment that does not balance is kept, held as an exception for a poster.
     */
    public Delivery deliver(String x12, String channel) {
        RemittanceFile file = parse(x12);
        Set<String> npis = payeeNpis(file.payments());
        Optional<String> tenantId = QuarkusTransaction.requiringNew().call(() -> ownerOf(npis));
        if (tenantId.isEmpty()) {
            String reason = npis.size() == 1
                    ? "no practice owns payee NPI " + npis.iterator().next()
                    : "a delivered 835 must name exactly one payee NPI (N1*PE*...*XX), found " + npis;
            String id = QuarkusTransaction.requiringNew()
                    .call(() -> unroutable.queue(String.join(",", npis), reason, channel, x12));
            return new Delivery.QueuedForOps(id, reason);
        }
        return new Delivery.Posted(
                tenantId.get(),
                TenantContext.callAs(
                        tenantId.get(),
                        () -> QuarkusTransaction.requiringNew()
                                .call(() -> postAll(tenantId.get(), file, x12, channel))));
    }

    /**
     * Ops' routing of a queued 835 once its payee NPI has an owner (the billing company gave it to a
     * practice): posted like a delivery, and taken off the queue in the same transaction.
     */
    public Delivery.Posted routeQueued(String unroutableId) {
        UnroutableRemittances.Item item = QuarkusTransaction.requiringNew()
                .call(() -> unroutable.find(unroutableId))
                .filter(found -> found.routedAt() == null)
                .orElseThrow(() -> ApiProblemException.notFound("unroutable remittance", unroutableId));
        String x12 = QuarkusTransaction.requiringNew()
                .call(() -> unroutable.textOf(unroutableId))
                .orElseThrow();
        RemittanceFile file = parse(x12);
        Set<String> npis = payeeNpis(file.payments());
        String tenantId = QuarkusTransaction.requiringNew()
                .call(() -> ownerOf(npis))
                .orElseThrow(() -> new ApiProblemException(
                        409,
                        "Still unroutable",
                        "no single practice owns the payee NPI(s) " + npis
                                + " yet; give the NPI to a practice in the billing NPI registry first"));
        return new Delivery.Posted(
                tenantId,
                TenantContext.callAs(
                        tenantId,
                        () -> QuarkusTransaction.requiringNew().call(() -> {
                            if (!unroutable.lockWaiting(unroutableId)) {
                                throw new ApiProblemException(
                                        409,
                                        "Already routed",
                                        "unroutable remittance " + unroutableId + " was routed meanwhile");
                            }
                            List<RemittancePosting.Result> results = postAll(tenantId, file, x12, item.channel());
                            unroutable.markRouted(unroutableId, tenantId);
                            return results;
                        })));
    }

    private static Set<String> payeeNpis(List<RemittanceAdvice> advices) {
        // "?" stands for a payment naming no payee NPI: it makes the file unroutable.
        return advices.stream()
                .map(a -> a.payeeNpi() == null ? "?" : a.payeeNpi())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private Optional<String> ownerOf(Set<String> npis) {
        return npis.size() == 1 && !npis.contains("?")
                ? payeeRoutes.tenantOf(npis.iterator().next())
                : Optional.empty();
    }

    private static RemittanceFile parse(String x12) {
        try {
            return RemittanceParser.parse(x12);
        } catch (InvalidX12Exception e) {
            throw new ApiProblemException(
                    422,
                    "Invalid 835",
                    e.getMessage(),
                    e.errors().stream()
                            .map(error -> new Problem.FieldError("body", error))
                            .toList());
        }
    }

    private List<RemittancePosting.Result> postAll(String tenantId, RemittanceFile file, String x12, String channel) {
        EraFileKeptOnce kept = new EraFileKeptOnce(() -> eraFiles.keep(tenantId, x12));
        List<RemittancePosting.Result> results = new ArrayList<>();
        for (RemittanceAdvice advice : file.payments()) {
            results.add(posting.post(tenantId, advice, file.warnings(), kept, channel));
        }
        return results;
    }

    /** The file's row, written when its first payment is kept: a file that only repeats payments keeps nothing. */
    private static final class EraFileKeptOnce implements Supplier<String> {
        private final Supplier<String> keep;
        private String id;

        EraFileKeptOnce(Supplier<String> keep) {
            this.keep = keep;
        }

        @Override
        public String get() {
            if (id == null) {
                id = keep.get();
            }
            return id;
        }
    }
}
