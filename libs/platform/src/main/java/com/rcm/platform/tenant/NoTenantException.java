package com.rcm.platform.tenant;

/** The caller is authenticated but acts for no practice. */
public class NoTenantException extends RuntimeException {
    public NoTenantException() {
        super("the token names no practice (claim tenant_id)");
    }
}
