-- As in the platform's services (ADR 22): migrations run as the owner role, the simulator connects
-- as the runtime role (placeholder runtime_role), which may read and write rows and nothing else.
DO $$
BEGIN
    IF current_user = '${runtime_role}' THEN
        RAISE EXCEPTION 'migrations run as the runtime role %: set quarkus.flyway.username to the owner role', current_user;
    END IF;
END $$;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${runtime_role};
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${runtime_role};
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${runtime_role};
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ${runtime_role};
REVOKE ALL ON flyway_schema_history FROM ${runtime_role};
