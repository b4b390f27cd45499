package com.rcm.coding.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/** Encounters of the current tenant (Hibernate's tenant discriminator and row-level security both apply). */
@ApplicationScoped
public class EncounterRepository implements PanacheRepositoryBase<EncounterEntity, String> {
}
