package com.rcm.platform.tenant;

/** The caller is authenticated but acts for no practice (or its token names no well-formed one). */
public class NoTenantException extends RuntimeException {
    public NoTenantException() {
        this("the token names no practice (claim tenant_id)");
    }

    private NoTenantException(String message) {
        super(message);
    }

    /** The claim is there but is not a practice id (for example {@code *}). */
    public static NoTenantException malformed() {
        return new NoTenantException("the token's tenant_id claim is not a practice id");
    }
}
