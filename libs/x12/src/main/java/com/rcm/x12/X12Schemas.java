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

    private static final Schema REMITTANCE_835 = load("/x12/835-005010.xml");

    private X12Schemas() {
    }

    /** The X12 835 005010 standard: segment order, loops, element types, key code lists. */
    public static Schema remittance835() {
        return REMITTANCE_835;
    }

    private static Schema load(String resource) {
        URL location = X12Schemas.class.getResource(resource);
        if (location == null) {
            throw new IllegalStateException("missing schema resource " + resource);
        }
        try {
            return SchemaFactory.newFactory().createSchema(location);
        } catch (EDISchemaException e) {
            throw new IllegalStateException("invalid schema " + resource + ": " + e.getMessage(), e);
        }
    }
}
