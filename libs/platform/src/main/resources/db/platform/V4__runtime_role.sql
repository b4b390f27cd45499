-- The services connect as a runtime role that owns nothing (ADR 22): these migrations run as the
-- owner, and the runtime role may only read and write rows, so it can neither lift row-level security
-- (ALTER TABLE ... NO FORCE), drop a policy or a trigger, nor TRUNCATE or DROP a table. The runtime
-- role is named by the placeholder runtime_role (quarkus.flyway.placeholders.runtime_role).
DO $$
BEGIN
    IF current_user = '${runtime_role}' THEN
        RAISE EXCEPTION 'migrations run as the runtime role %: set quarkus.flyway.username to the owner role', current_user;
    END IF;
END $$;

GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${runtime_role};
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${runtime_role};
-- Tables and sequences this owner creates in later migrations get the same, and no more.
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${runtime_role};
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ${runtime_role};

-- The audit log is append-only for the services: the trigger refuses changes, and the privilege is
-- not there in the first place (a trigger is the owner's to disable; a privilege is not the runtime's to take).
REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM ${runtime_role};

-- Which migrations ran is the owner's record alone.
REVOKE ALL ON flyway_schema_history FROM ${runtime_role};

-- A database whose tables were created before this migration (out of order) gets FORCE on every
-- table with row-level security, so the policies bind the owner too.
DO $$
DECLARE t text;
BEGIN
    FOR t IN SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
             WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relrowsecurity AND NOT c.relforcerowsecurity LOOP
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    END LOOP;
END $$;
