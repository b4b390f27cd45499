package com.rcm.payments.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.List;

/**
 * A native query of several columns, whose rows JPA hands over as untyped arrays. Only the repositories
 * of this package read them, each turning a row into its own record in one place.
 */
final class NativeRows {
    private final Query query;

    private NativeRows(Query query) {
        this.query = query;
    }

    static NativeRows of(EntityManager em, String sql) {
        return new NativeRows(em.createNativeQuery(sql));
    }

    NativeRows setParameter(String name, Object value) {
        query.setParameter(name, value);
        return this;
    }

    @SuppressWarnings("unchecked") // a native query of several columns answers Object[] rows
    List<Object[]> list() {
        return query.getResultList();
    }
}
