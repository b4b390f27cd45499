-- Code sets are public reference data shared by every practice (ICD-10-CM from CDC, HCPCS Level II
-- from CMS): no tenant_id and no row-level security. Each import is a version with the date it
-- takes effect; the version in force on a date of service is the latest that started on or before it.
CREATE TABLE code_set_version (
    id              bigserial PRIMARY KEY,
    code_system     text NOT NULL,
    label           text NOT NULL,
    effective_from  date NOT NULL,
    sha256          text NOT NULL,
    code_count      integer NOT NULL,
    imported_at     timestamptz NOT NULL,
    UNIQUE (code_system, label),
    UNIQUE (code_system, effective_from)
);

CREATE TABLE icd10cm_code (
    version_id         bigint NOT NULL REFERENCES code_set_version (id),
    code               text NOT NULL,
    billable           boolean NOT NULL,
    short_description  text NOT NULL,
    long_description   text NOT NULL,
    PRIMARY KEY (version_id, code)
);

-- kind: P = procedure or supply, M = modifier (the HCPCS file carries both).
CREATE TABLE hcpcs_code (
    version_id         bigint NOT NULL REFERENCES code_set_version (id),
    code               text NOT NULL,
    kind               char(1) NOT NULL,
    short_description  text NOT NULL,
    long_description   text NOT NULL,
    added_on           date,
    action_effective   date,
    terminated_on      date,
    action_code        text,
    PRIMARY KEY (version_id, code, kind)
);

-- One row per import request, so a long import can show its progress and a failed one its reason.
CREATE TABLE code_set_import (
    id            text PRIMARY KEY,
    code_system   text NOT NULL,
    label         text NOT NULL,
    status        text NOT NULL,
    lines_read    integer NOT NULL DEFAULT 0,
    lines_total   integer,
    codes_loaded  integer NOT NULL DEFAULT 0,
    message       text,
    requested_by  text NOT NULL,
    started_at    timestamptz NOT NULL,
    finished_at   timestamptz
);

-- Age and sex conflicts, by ICD-10-CM code prefix (without the dot). Clinical facts, not a
-- practice's policy, so shared like the code sets; the table is replaced whole on import.
CREATE TABLE age_sex_rule (
    code_prefix  text NOT NULL,
    sex          char(1),
    min_age      integer,
    max_age      integer,
    note         text,
    PRIMARY KEY (code_prefix)
);
