package com.rcm.claims.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class ClaimRepository implements PanacheRepositoryBase<ClaimEntity, String> {

    public List<ClaimEntity> forEncounter(String encounterId) {
        return list("encounterId = ?1 order by createdAt", encounterId);
    }

    public List<ClaimEntity> recent(int limit) {
        return find("order by createdAt desc").page(0, limit).list();
    }
}
