package com.rcm.claims.persistence;

import com.rcm.claims.domain.ClaimStatus;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

@ApplicationScoped
public class ClaimRepository implements PanacheRepositoryBase<ClaimEntity, String> {

    public List<ClaimEntity> forEncounter(String encounterId) {
        return list("encounterId = ?1 order by createdAt", encounterId);
    }

    /** The claim built for the payer after the one of {@code priorClaimId}, if it was built. */
    public Optional<ClaimEntity> nextPayersClaim(String priorClaimId) {
        return find("priorClaimId", priorClaimId).firstResultOptional();
    }

    /** The claims of {@code ids} that exist, with their lines, in the order given: one query, not one per claim. */
    public List<ClaimEntity> byIds(List<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<String, ClaimEntity> found = new HashMap<>();
        getEntityManager()
                .createQuery(
                        "select c from ClaimEntity c left join fetch c.lines where c.id in :ids", ClaimEntity.class)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(claim -> found.put(claim.id, claim));
        return ids.stream().map(found::get).filter(Objects::nonNull).toList();
    }

    public List<ClaimEntity> recent(int limit) {
        return find("order by createdAt desc").page(0, limit).list();
    }

    /** Claims not yet accepted whose timely-filing limit falls on or before {@code by}. */
    public List<ClaimEntity> timelyFilingDueBy(LocalDate by) {
        return list(
                "status in ?1 and timelyFilingDeadline <= ?2 order by timelyFilingDeadline",
                List.of(ClaimStatus.READY, ClaimStatus.HELD, ClaimStatus.REJECTED),
                by);
    }

    /** Denied claims not yet appealed or corrected whose appeal deadline falls on or before {@code by}. */
    public List<ClaimEntity> appealDueBy(LocalDate by) {
        return list("status = ?1 and appealDeadline <= ?2 order by appealDeadline", ClaimStatus.DENIED, by);
    }

    public List<ClaimEntity> withStatus(ClaimStatus status, int limit) {
        return find("status = ?1 order by createdAt", status).page(0, limit).list();
    }

    /**
     * Another live claim of this practice for the same patient, date of service and codes: the
     * scrubber's duplicate check. Rejected claims do not count, they were never accepted; nor do
     * claims a replacement or void has superseded, nor the claims of the same services to the patient's
     * other payers.
     */
    public Optional<String> duplicateOf(
            String claimId, String payerId, String patientId, LocalDate dateOfService, List<String> codes) {
        return list(
                        "patientId = ?1 and dateOfService = ?2 and id <> ?3 and status not in ?4 and payerId = ?5",
                        patientId,
                        dateOfService,
                        claimId,
                        List.of(ClaimStatus.REJECTED, ClaimStatus.REPLACED, ClaimStatus.VOIDED),
                        payerId)
                .stream()
                .filter(c ->
                        codes.equals(c.lines.stream().map(l -> l.code).sorted().toList()))
                .map(c -> c.id)
                .findFirst();
    }
}
