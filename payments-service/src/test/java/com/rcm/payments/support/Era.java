package com.rcm.payments.support;

import java.util.ArrayList;
import java.util.List;

/** Builds 835 interchanges for tests, with correct counts and control numbers so StAEDI accepts them. */
public final class Era {
    private final List<String> body = new ArrayList<>();
    private final String trace;
    private String payeeNpi = "1111111112";
    private String payment;
    private String payerId = "SIMCOMM";
    private String payerName = "SIM COMMERCIAL";

    private Era(String trace) {
        this.trace = trace;
    }

    public static Era trace(String trace) {
        return new Era(trace);
    }

    public Era payee(String npi) {
        this.payeeNpi = npi;
        return this;
    }

    /** The payer of the payment (N1*PR), SIMCOMM unless said. */
    public Era payer(String id, String name) {
        this.payerId = id;
        this.payerName = name;
        return this;
    }

    public Era payment(String amount) {
        this.payment = amount;
        return this;
    }

    /** The foundation contract's answer to the example encounter's claim: 185 charged, 118.40 paid, 29.60 coinsurance. */
    public Era paysContractExample(String pcn) {
        return paysContractExample(pcn, "SIM" + trace);
    }

    /** The same payment under the payer's claim number {@code payerClaimNumber} (CLP07). */
    public Era paysContractExample(String pcn, String payerClaimNumber) {
        return segment("CLP*" + pcn + "*1*185*118.4*29.6*12*" + payerClaimNumber + "*11*1")
                .segment("NM1*QC*1*Doe*Jane****MI*M123456")
                .segment("SVC*HC:99213:25*150*96**1")
                .segment("DTM*472*20261102")
                .segment("CAS*CO*45*30")
                .segment("CAS*PR*2*24")
                .segment("REF*6R*" + pcn + "-1")
                .segment("SVC*HC:G0008*35*22.4**1")
                .segment("DTM*472*20261102")
                .segment("CAS*CO*45*7")
                .segment("CAS*PR*2*5.6")
                .segment("REF*6R*" + pcn + "-2");
    }

    /**
     * The payer takes back its payment of the example encounter's claim (CLP02 = 22, every amount negated) and
     * carries the 118.40 forward (PLB FB), so the file pays nothing.
     */
    public Era reversesContractExample(String pcn, String payerClaimNumber) {
        return segment("CLP*" + pcn + "*22*-185*-118.4*-29.6*12*" + payerClaimNumber + "*11*1")
                .segment("NM1*QC*1*Doe*Jane****MI*M123456")
                .segment("SVC*HC:99213:25*-150*-96**-1")
                .segment("DTM*472*20261102")
                .segment("CAS*CO*45*-30")
                .segment("CAS*PR*2*-24")
                .segment("REF*6R*" + pcn + "-1")
                .segment("SVC*HC:G0008*-35*-22.4**-1")
                .segment("DTM*472*20261102")
                .segment("CAS*CO*45*-7")
                .segment("CAS*PR*2*-5.6")
                .segment("REF*6R*" + pcn + "-2")
                .segment("PLB*1111111112*20261231*FB:" + payerClaimNumber + "*-118.4");
    }

    /** The payer denies the example encounter's claim as not covered: CLP02 4, CO-96 on each line with RARC N130. */
    public Era deniesContractExample(String pcn) {
        return segment("CLP*" + pcn + "*4*185*0**12*SIM" + trace + "*11*1")
                .segment("NM1*QC*1*Doe*Jane****MI*M123456")
                .segment("SVC*HC:99213:25*150*0**1")
                .segment("DTM*472*20261102")
                .segment("CAS*CO*96*150")
                .segment("REF*6R*" + pcn + "-1")
                .segment("LQ*HE*N130")
                .segment("SVC*HC:G0008*35*0**1")
                .segment("DTM*472*20261102")
                .segment("CAS*CO*96*35")
                .segment("REF*6R*" + pcn + "-2")
                .segment("LQ*HE*N130");
    }

    public Era segment(String segment) {
        body.add(segment);
        return this;
    }

    public String build() {
        return file(this);
    }

    /** One 835 file carrying each payment as its own transaction (ST/SE), as a payer run sends them. */
    public static String file(Era... payments) {
        StringBuilder x12 = new StringBuilder();
        x12.append(
                "ISA*00*          *00*          *ZZ*SIMCLEARING    *ZZ*BILLINGCO01PA  *261110*1200*^*00501*000000101*0*P*:~\n");
        x12.append("GS*HP*SIMCLEARING*BILLINGCO01PA*20261110*1200*101*X*005010X221A1~\n");
        for (int i = 0; i < payments.length; i++) {
            payments[i]
                    .transaction(String.format("%04d", i + 1))
                    .forEach(s -> x12.append(s).append("~\n"));
        }
        x12.append("GE*" + payments.length + "*101~\nIEA*1*000000101~\n");
        return x12.toString();
    }

    private List<String> transaction(String controlNumber) {
        String amount = payment != null ? payment : "118.4";
        List<String> transaction = new ArrayList<>();
        transaction.add("ST*835*" + controlNumber);
        transaction.add(
                "BPR*I*" + amount + "*C*ACH*CCP*01*999999999*DA*123456*1512345678**01*999988880*DA*98765*20261110");
        transaction.add("TRN*1*" + trace + "*1512345678");
        transaction.add("DTM*405*20261110");
        transaction.add("N1*PR*" + payerName + "*XV*" + payerId);
        transaction.add("N1*PE*Austin Family Medicine*XX*" + payeeNpi);
        transaction.add("LX*1");
        transaction.addAll(body);
        transaction.add("SE*" + (transaction.size() + 1) + "*" + controlNumber);
        return transaction;
    }
}
