-- NCCI procedure-to-procedure edits and MUE limits are imported per practice from the CMS layouts
-- (a practice may apply Medicaid or commercial variants), so they carry tenant_id under RLS.
CREATE TABLE ncci_ptp_edit (
    tenant_id           text NOT NULL,
    column1             text NOT NULL,
    column2             text NOT NULL,
    effective_on        date NOT NULL,
    deleted_on          date,
    modifier_indicator  char(1) NOT NULL,
    rationale           text,
    PRIMARY KEY (tenant_id, column1, column2, effective_on)
);

CREATE TABLE mue_limit (
    tenant_id               text NOT NULL,
    code                    text NOT NULL,
    effective_on            date NOT NULL,
    max_units               integer NOT NULL,
    adjudication_indicator  char(1) NOT NULL,
    rationale               text,
    PRIMARY KEY (tenant_id, code, effective_on)
);

ALTER TABLE ncci_ptp_edit ENABLE ROW LEVEL SECURITY;
ALTER TABLE ncci_ptp_edit FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON ncci_ptp_edit
    USING (tenant_id = current_setting('app.tenant_id', true))
    WITH CHECK (tenant_id = current_setting('app.tenant_id', true));

ALTER TABLE mue_limit ENABLE ROW LEVEL SECURITY;
ALTER TABLE mue_limit FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON mue_limit
    USING (tenant_id = current_setting('app.tenant_id', true))
    WITH CHECK (tenant_id = current_setting('app.tenant_id', true));
