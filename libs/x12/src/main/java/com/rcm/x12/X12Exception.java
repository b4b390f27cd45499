package com.rcm.x12;

/** The input could not be read as X12 at all, or the output could not be written. */
public class X12Exception extends RuntimeException {

    public X12Exception(String message, Throwable cause) {
        super(message, cause);
    }

    public X12Exception(String message) {
        super(message);
    }
}
