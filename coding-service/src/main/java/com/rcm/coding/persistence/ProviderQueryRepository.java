package com.rcm.coding.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class ProviderQueryRepository implements PanacheRepositoryBase<ProviderQueryEntity, String> {

    public List<ProviderQueryEntity> forEncounter(String encounterId) {
        return list("encounterId = ?1 order by askedAt", encounterId);
    }
}
