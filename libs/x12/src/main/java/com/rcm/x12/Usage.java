package com.rcm.x12;

/** ISA15: whether the receiver should treat the interchange as real business or as a test. */
public enum Usage {
    TEST("T"),
    PRODUCTION("P");

    private final String code;

    Usage(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Usage fromCode(String code) {
        for (Usage usage : values()) {
            if (usage.code.equals(code)) {
                return usage;
            }
        }
        throw new IllegalArgumentException("ISA15 usage indicator must be T or P, was '" + code + "'");
    }
}
