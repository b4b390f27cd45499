package com.rcm.platform.messaging;

/**
 * A message that can never be processed as it is (bad JSON, schema violation, no or unknown
 * tenant): it goes straight to the dead-letter topic with this message as its reason.
 */
public class PoisonMessageException extends RuntimeException {
    public PoisonMessageException(String reason) {
        super(reason);
    }

    public PoisonMessageException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
