package com.rcm.x12;

import java.util.List;

/**
 * What the real-time inquiries and their answers (270/271, 276/277) share as a reader passes them:
 * the envelope (refusing another transaction set than the one expected), the payer (NM1*PR), the
 * provider (NM1*1P) and the subscriber (NM1*IL).
 */
public final class InquiryParties {
    private final String transactionSet;
    private final EnvelopeReader envelope = new EnvelopeReader();
    private boolean seen;
    private String payerId;
    private String payerName;
    private String providerName;
    private String providerNpi;
    private String memberId;
    private String firstName;
    private String lastName;

    public InquiryParties(String transactionSet) {
        this.transactionSet = transactionSet;
    }

    /** True when the segment was an envelope or party segment and is taken; false for the caller to read. */
    public boolean accept(Segment s) {
        if (envelope.accept(s)) {
            if ("ST".equals(s.tag())) {
                if (!transactionSet.equals(s.element(1))) {
                    throw new InvalidX12Exception(List.of("expected a " + transactionSet + ", got ST*" + s.element(1)));
                }
                seen = true;
            }
            return true;
        }
        if (!"NM1".equals(s.tag())) {
            return false;
        }
        switch (s.element(1)) {
            case "PR" -> {
                payerName = s.optional(3);
                payerId = s.optional(9);
            }
            case "1P" -> {
                providerName = s.optional(3);
                providerNpi = s.optional(9);
            }
            case "IL" -> {
                lastName = s.optional(3);
                firstName = s.optional(4);
                memberId = s.optional(9);
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    /** Refuses the text unless it was the expected transaction set naming a payer and {@code what} ({@code value}). */
    public void require(String value, String what) {
        if (!seen || X12Text.isBlank(payerId) || X12Text.isBlank(value)) {
            throw new InvalidX12Exception(List.of("a " + transactionSet + " names a payer (NM1*PR) and " + what));
        }
    }

    public InterchangeEnvelope envelope() {
        return envelope.envelope();
    }

    public String payerId() {
        return payerId;
    }

    public String payerName() {
        return payerName;
    }

    public String providerName() {
        return providerName;
    }

    public String providerNpi() {
        return providerNpi;
    }

    public String memberId() {
        return memberId;
    }

    public String firstName() {
        return firstName;
    }

    public String lastName() {
        return lastName;
    }
}
