package com.rcm.claims.service;

import com.rcm.claims.persistence.ControlNumbers;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.Map;

/**
 * Patient control numbers (CLM01), handed out from blocks reserved {@link #BLOCK} at a time: one
 * commit per block instead of one per claim. A number is still never handed out twice, by this
 * instance or another, before or after a restart: the practice's counter moves past the whole block
 * before any of it is used. What a restart leaves of a block is a gap, which CLM01 allows (it must be
 * unique, not dense).
 */
@ApplicationScoped
public class PatientControlNumbers {
    static final int BLOCK = 100;
    private static final String SCOPE = "claim";

    private final ControlNumbers counters;
    private final Map<String, Block> blocks = new HashMap<>();

    public PatientControlNumbers(ControlNumbers counters) {
        this.counters = counters;
    }

    public synchronized long next(String tenantId) {
        Block block = blocks.get(tenantId);
        if (block == null || block.next > block.last) {
            long last = counters.reserve(tenantId, ControlNumbers.PATIENT_CONTROL, SCOPE, BLOCK);
            block = new Block(last - BLOCK + 1, last);
            blocks.put(tenantId, block);
        }
        return block.next++;
    }

    /** The numbers from {@code next} to {@code last} are this instance's to hand out. */
    private static final class Block {
        private long next;
        private final long last;

        Block(long next, long last) {
            this.next = next;
            this.last = last;
        }
    }
}
