package com.rcm.platform;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Just enough of an {@link EntityManager} for the platform's native queries (named parameters,
 * executeUpdate, getResultList) over one JDBC connection, so their SQL runs against a real PostgreSQL
 * without Hibernate or a container.
 */
public final class JdbcEntityManager {
    private static final Pattern NAMED = Pattern.compile(":([A-Za-z]\\w*)");

    private JdbcEntityManager() {}

    public static EntityManager over(Connection connection) {
        return (EntityManager) Proxy.newProxyInstance(
                JdbcEntityManager.class.getClassLoader(),
                new Class<?>[] {EntityManager.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("createNativeQuery") && args.length == 1) {
                        return query(connection, (String) args[0]);
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    private static Query query(Connection connection, String sql) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        return (Query) Proxy.newProxyInstance(
                JdbcEntityManager.class.getClassLoader(),
                new Class<?>[] {Query.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "setParameter" -> {
                        parameters.put((String) args[0], args[1]);
                        yield proxy;
                    }
                    case "executeUpdate" -> {
                        try (PreparedStatement statement = prepare(connection, sql, parameters)) {
                            yield statement.executeUpdate();
                        }
                    }
                    case "getResultList" -> {
                        try (PreparedStatement statement = prepare(connection, sql, parameters);
                                ResultSet rows = statement.executeQuery()) {
                            List<Object[]> result = new ArrayList<>();
                            int columns = rows.getMetaData().getColumnCount();
                            while (rows.next()) {
                                Object[] row = new Object[columns];
                                for (int i = 0; i < columns; i++) {
                                    row[i] = rows.getObject(i + 1);
                                }
                                result.add(row);
                            }
                            yield result;
                        }
                    }
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private static PreparedStatement prepare(Connection connection, String sql, Map<String, Object> parameters)
            throws SQLException {
        List<Object> values = new ArrayList<>();
        Matcher named = NAMED.matcher(sql);
        StringBuilder positional = new StringBuilder();
        while (named.find()) {
            if (!parameters.containsKey(named.group(1))) {
                throw new IllegalArgumentException("no value for :" + named.group(1));
            }
            values.add(parameters.get(named.group(1)));
            named.appendReplacement(positional, "?");
        }
        named.appendTail(positional);
        PreparedStatement statement = connection.prepareStatement(positional.toString());
        for (int i = 0; i < values.size(); i++) {
            statement.setObject(i + 1, values.get(i));
        }
        return statement;
    }
}
