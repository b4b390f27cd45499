package com.rcm.x12;

import io.xlate.edi.schema.EDISchemaException;
import io.xlate.edi.schema.Schema;
import io.xlate.edi.schema.SchemaFactory;
import java.net.URL;

/**
 * The transaction-set schemas this module ships (resources under {@code x12/}). StAEDI validates
 * a transaction body against one of these in addition to its built-in envelope checks.
 */
public final class X12Schemas {

    private static final Schema REMITTANCE_835 = load("/x12/835-005010X221A1.xml");
    private static final Schema PROFESSIONAL_CLAIM_837 = load("/x12/837P-005010X222A1.xml");

    private X12Schemas() {}

    /**
     * The 835 005010X221A1 implementation (loops 1000A to 2110, N101 and qualifier discriminators,
     * narrowed codes) over the X12 835 005010 standard schema it includes.
     */
    public static Schema remittance835() {
        return REMITTANCE_835;
    }

    /**
     * The 837P 005010X222A1 implementation (loops 1000A to 2440, NM101/HL03 discriminators, narrowed
     * codes) over the X12 837 005010 standard schema it includes.
     */
    public static Schema professionalClaim837() {
        return PROFESSIONAL_CLAIM_837;
    }

    private static Schema load(String resource) {
        URL location = X12Schemas.class.getResource(resource);
        if (location == null) {
            throw new IllegalStateException("missing schema resource " + resource);
        }
        // StAEDI resolves an <include schemaLocation="classpath:..."> through the thread's context
        // class loader, which in a container need not be the one that loaded this jar.
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(X12Schemas.class.getClassLoader());
        try {
            return SchemaFactory.newFactory().createSchema(location);
        } catch (EDISchemaException e) {
            throw new IllegalStateException("invalid schema " + resource + ": " + e.getMessage(), e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
