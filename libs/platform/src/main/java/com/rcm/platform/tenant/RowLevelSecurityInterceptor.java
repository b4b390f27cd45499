package com.rcm.platform.tenant;

import io.agroal.api.AgroalPoolInterceptor;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * The second wall behind Hibernate's tenant discriminator: every connection handed to the service
 * carries {@code app.tenant_id}, which the PostgreSQL row-level security policies compare with each
 * row's {@code tenant_id}. A connection acquired for no tenant carries the empty string and sees
 * no tenant's rows.
 */
@ApplicationScoped
public class RowLevelSecurityInterceptor implements AgroalPoolInterceptor {
    private final CurrentTenant currentTenant;

    public RowLevelSecurityInterceptor(CurrentTenant currentTenant) {
        this.currentTenant = currentTenant;
    }

    @Override
    public void onConnectionAcquire(Connection connection) {
        String tenant = currentTenant.id().orElse("");
        try (PreparedStatement statement =
                connection.prepareStatement("SELECT set_config('app.tenant_id', ?, false)")) {
            statement.setString(1, tenant);
            statement.execute();
        } catch (SQLException e) {
            throw new IllegalStateException("could not bind the tenant to the connection", e);
        }
    }

    @Override
    public void onConnectionReturn(Connection connection) {
        try (PreparedStatement statement =
                connection.prepareStatement("SELECT set_config('app.tenant_id', '', false)")) {
            statement.execute();
        } catch (SQLException e) {
            // A broken connection is discarded by the pool; nothing of a tenant can leak from it.
        }
    }
}
