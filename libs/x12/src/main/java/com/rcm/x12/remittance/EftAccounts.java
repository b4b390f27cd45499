package com.rcm.x12.remittance;

/**
 * BPR06..BPR15 for an ACH payment: which bank account the money left and which it went to.
 * Routing numbers are ABA numbers (qualifier 01), accounts are demand deposit (DA).
 *
 * @param originatingCompanyId BPR10, the payer's id in the ACH file; equals TRN03 by convention
 */
public record EftAccounts(
        String payerRoutingNumber,
        String payerAccountNumber,
        String originatingCompanyId,
        String payeeRoutingNumber,
        String payeeAccountNumber) {}
