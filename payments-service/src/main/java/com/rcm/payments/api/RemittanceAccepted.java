package com.rcm.payments.api;

import java.util.List;

/**
 * The answer to an 835: {@code id} is the first payment's remittance id; {@code remittances} lists
 * every payment in the file with its status, a duplicate pointing at the remittance that posted it.
 */
public record RemittanceAccepted(String id, List<Payment> remittances) {

    public record Payment(String id, String status, boolean duplicate) {}
}
