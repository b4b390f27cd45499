package com.rcm.x12;

/** Small string rules shared by models, readers and writers. */
public final class X12Text {

    private X12Text() {}

    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    public static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
