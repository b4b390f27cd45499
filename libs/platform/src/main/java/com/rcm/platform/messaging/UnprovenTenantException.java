package com.rcm.platform.messaging;

/**
 * A message for a practice its sender may not write for (a partner EHR not linked to it). Its dead
 * letter is filed under no practice, so the practice it names never reads a payload that was not
 * theirs; only the billing company's ops see it.
 */
public class UnprovenTenantException extends PoisonMessageException {
    public UnprovenTenantException(String reason) {
        super(reason);
    }
}
