-- Which practice each billing (payee) NPI belongs to, across all practices (ADR 23). A payer pays a
-- billing NPI, and payments routes the 835 to this owner, so an NPI has exactly one owner; rendering
-- NPIs are not here and may repeat across practices.
-- Deliberately without row-level security: practice setup must see that ANOTHER practice owns an NPI
-- to refuse it, which a tenant policy would hide. It holds no patient data, no API lists it, and the
-- service reads it only through BillingNpiRegistry's one-NPI queries (owner of this NPI or not).
-- Moving an NPI to another practice is the billing company's (role ops) alone.
CREATE TABLE billing_npi_owner (
    npi            text PRIMARY KEY,
    tenant_id      text NOT NULL,
    -- Rises with every change of owner; payments keeps the route of the highest version it has read.
    version        bigint NOT NULL,
    registered_by  text NOT NULL,
    registered_at  timestamptz NOT NULL
);
