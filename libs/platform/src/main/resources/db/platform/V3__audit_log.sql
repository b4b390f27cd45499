-- Every API call made with a token: who, for which practice, what (method, path, answer), when and
-- from where. Append-only; only the all-practices reader (ops, app.tenant_id '*') reads it, and any
-- session may add to it.
CREATE TABLE audit_log (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at           timestamptz NOT NULL,
    actor        text NOT NULL,
    roles        text NOT NULL,
    tenant_id    text NOT NULL,
    method       text NOT NULL,
    path         text NOT NULL,
    status       integer NOT NULL,
    remote_addr  text,
    correlation_id text
);
CREATE INDEX audit_log_recent ON audit_log (at);
CREATE INDEX audit_log_actor ON audit_log (actor, at);

CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_log rows are never changed or deleted';
END $$;
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();

ALTER TABLE audit_log ENABLE ROW LEVEL SECURITY;
ALTER TABLE audit_log FORCE ROW LEVEL SECURITY;
CREATE POLICY audit_read ON audit_log FOR SELECT USING (current_setting('app.tenant_id', true) = '*');
CREATE POLICY audit_append ON audit_log FOR INSERT WITH CHECK (true);
