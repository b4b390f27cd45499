package com.rcm.coding.rules;

/** What an import of a rule table did: rows read, and how many were new, changed or already there. */
public record RuleImportResult(String table, long rowsRead, long inserted, long updated, long unchanged) {}
