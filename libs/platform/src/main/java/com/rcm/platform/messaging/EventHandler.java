package com.rcm.platform.messaging;

/** What a consumer does with one event, inside the transaction that also records it in the inbox. */
@FunctionalInterface
public interface EventHandler {
    void handle(InboundEvent event);
}
