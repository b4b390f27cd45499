package com.rcm.x12.remittance;

import java.util.ArrayList;
import java.util.List;

/**
 * 835 interchanges written by hand in the shapes the rest of the platform produces: the payments
 * service's test files (payer loop with N1 only, BPR ACH, claims paid, denied, forwarded and
 * reversed, PLB interest, recoupment and forwarding balance) and the clearinghouse simulator's
 * answers (several transaction sets, AMT*B6, LQ*HE). SE and GE counts are computed.
 */
final class Remittance835s {

    static final String PAYEE_NPI = "1111111112";

    private Remittance835s() {}

    /** BPR (ACH, paying {@code amount}), TRN, DTM*405, payer N1 only, payee N1, then {@code claims}. */
    static List<String> transaction(String trace, String amount, List<String> claims) {
        List<String> body = new ArrayList<>();
        body.add("BPR*I*" + amount + "*C*ACH*CCP*01*999999999*DA*123456*1512345678**01*999988880*DA*98765*20261110");
        body.add("TRN*1*" + trace + "*1512345678");
        body.add("DTM*405*20261110");
        body.add("N1*PR*SIM COMMERCIAL*XV*SIMCOMM");
        body.add("N1*PE*Austin Family Medicine*XX*" + PAYEE_NPI);
        if (!claims.isEmpty() && claims.get(0).startsWith("CLP*")) {
            body.add("LX*1");
        }
        body.addAll(claims);
        return body;
    }

    /** One interchange holding one transaction set per body, ST control numbers 0001, 0002, ... */
    @SafeVarargs
    static String interchange(List<String>... bodies) {
        StringBuilder x12 = new StringBuilder();
        x12.append(
                "ISA*00*          *00*          *ZZ*SIMCLEARING    *ZZ*BILLINGCO01PA  *261110*1200*^*00501*000000101*0*P*:~\n");
        x12.append("GS*HP*SIMCLEARING*BILLINGCO01PA*20261110*1200*101*X*005010X221A1~\n");
        int control = 0;
        for (List<String> body : bodies) {
            String st = String.format("%04d", ++control);
            x12.append("ST*835*").append(st).append("~\n");
            body.forEach(segment -> x12.append(segment).append("~\n"));
            x12.append("SE*").append(body.size() + 2).append('*').append(st).append("~\n");
        }
        x12.append("GE*").append(bodies.length).append("*101~\nIEA*1*000000101~\n");
        return x12.toString();
    }

    /** The example encounter's claim paid: 185 charged, 118.40 paid, 29.60 coinsurance, two lines. */
    static List<String> paid(String pcn, String payerClaimNumber) {
        return List.of(
                "CLP*" + pcn + "*1*185*118.4*29.6*12*" + payerClaimNumber + "*11*1",
                "NM1*QC*1*Doe*Jane****MI*M123456",
                "SVC*HC:99213:25*150*96**1",
                "DTM*472*20261102",
                "CAS*CO*45*30",
                "CAS*PR*2*24",
                "REF*6R*" + pcn + "-1",
                "SVC*HC:G0008*35*22.4**1",
                "DTM*472*20261102",
                "CAS*CO*45*7",
                "CAS*PR*2*5.6",
                "REF*6R*" + pcn + "-2");
    }

    /** The example encounter's claim denied: CLP02 4, CO-96 on each line with RARC N130 after the REF*6R. */
    static List<String> denied(String pcn) {
        return List.of(
                "CLP*" + pcn + "*4*185*0**12*SIMDENY*11*1",
                "NM1*QC*1*Doe*Jane****MI*M123456",
                "SVC*HC:99213:25*150*0**1",
                "DTM*472*20261102",
                "CAS*CO*96*150",
                "REF*6R*" + pcn + "-1",
                "LQ*HE*N130",
                "SVC*HC:G0008*35*0**1",
                "DTM*472*20261102",
                "CAS*CO*96*35",
                "REF*6R*" + pcn + "-2",
                "LQ*HE*N130");
    }

    /** The payment taken back: CLP02 22, every amount negative, no service dates. */
    static List<String> reversed(String pcn, String payerClaimNumber) {
        return List.of(
                "CLP*" + pcn + "*22*-185*-118.4*-29.6*12*" + payerClaimNumber + "*11*1",
                "NM1*QC*1*Doe*Jane****MI*M123456",
                "SVC*HC:99213:25*-150*-96**-1",
                "CAS*CO*45*-30",
                "CAS*PR*2*-24",
                "REF*6R*" + pcn + "-1",
                "SVC*HC:G0008*-35*-22.4**-1",
                "CAS*CO*45*-7",
                "CAS*PR*2*-5.6",
                "REF*6R*" + pcn + "-2");
    }

    /** Processed as primary and forwarded (CLP02 19) to the crossover carrier named in NM1*TT. */
    static List<String> forwarded(String pcn) {
        return List.of(
                "CLP*" + pcn + "*19*185*118.4*29.6*12*SIMFWD*11*1",
                "NM1*QC*1*Doe*Jane****MI*M123456",
                "NM1*TT*2*SIM MEDIGAP*****PI*SIMGAP",
                "SVC*HC:99213:25*150*96**1",
                "CAS*CO*45*30",
                "CAS*PR*2*24",
                "REF*6R*" + pcn + "-1",
                "SVC*HC:G0008*35*22.4**1",
                "CAS*CO*45*7",
                "CAS*PR*2*5.6",
                "REF*6R*" + pcn + "-2");
    }

    /** A claim no practice sent, without a patient name. */
    static List<String> unknownWithoutPatientName() {
        return List.of("CLP*NOSUCHCLAIM*1*20*10**12*SIMX*11*1", "SVC*HC:99211*20*10**1", "CAS*CO*45*10");
    }

    /** What the clearinghouse simulator writes for one paid claim: CLP05 always, AMT*B6 per line. */
    static List<String> simulatorPaid(String pcn) {
        return List.of(
                "CLP*" + pcn + "*1*185*118.4*29.6*12*SIM77-1*11*1",
                "NM1*QC*1*Doe*Jane****MI*M123456",
                "SVC*HC:99213:25*150*96**1",
                "DTM*472*20261102",
                "CAS*CO*45*30",
                "CAS*PR*2*24",
                "REF*6R*" + pcn + "-1",
                "AMT*B6*120",
                "SVC*HC:G0008*35*22.4**1",
                "DTM*472*20261102",
                "CAS*CO*45*7",
                "CAS*PR*2*5.6",
                "REF*6R*" + pcn + "-2",
                "AMT*B6*28");
    }

    /** What the clearinghouse simulator writes for a denied line: CAS*CO*96, AMT*B6 of zero, LQ*HE. */
    static List<String> simulatorDenied(String pcn) {
        return List.of(
                "CLP*" + pcn + "*4*150*0*0*12*SIM77-2*11*1",
                "NM1*QC*1*Roe*Richard****MI*M654321",
                "SVC*HC:99213*150*0**1",
                "DTM*472*20261102",
                "CAS*CO*96*150",
                "REF*6R*" + pcn + "-1",
                "AMT*B6*0",
                "LQ*HE*N130");
    }

    static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}
