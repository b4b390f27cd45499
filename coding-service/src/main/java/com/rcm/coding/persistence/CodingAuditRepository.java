package com.rcm.coding.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class CodingAuditRepository implements PanacheRepository<CodingAuditEntity> {

    public List<CodingAuditEntity> forEncounter(String encounterId) {
        return list("encounterId = ?1 order by id", encounterId);
    }
}
