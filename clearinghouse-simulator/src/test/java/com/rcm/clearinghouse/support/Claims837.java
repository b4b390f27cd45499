package com.rcm.clearinghouse.support;

/** The example encounter's claim (docs/examples/encounter.json) as claims-service writes it. */
public final class Claims837 {

    public static String contractExample(String pcn) {
        return contractExample(pcn, "M123456", "20261102", "SIMCOMM");
    }

    /** The example for another member, date of service (CCYYMMDD) or payer. */
    public static String contractExample(String pcn, String memberId, String dateOfService, String payerId) {
        String body = """
                ST*837*0001*005010X222A1~
                BHT*0019*00*%1$s*20261122*0940*CH~
                NM1*41*2*RCM BILLING CO*****46*BILLINGCO01~
                PER*IC*BILLING OFFICE*TE*5125550100~
                NM1*40*2*SIM CLEARINGHOUSE*****46*SIMCLEARING~
                HL*1**20*1~
                PRV*BI*PXC*207Q00000X~
                NM1*85*2*Austin Family Medicine*****XX*1111111112~
                N3*100 Congress Ave~
                N4*Austin*TX*787011234~
                REF*EI*741234567~
                HL*2*1*22*0~
                SBR*P*18*G1******CI~
                NM1*IL*1*Doe*Jane****MI*%2$s~
                N3*1 Main St~
                N4*Austin*TX*78701~
                DMG*D8*19800401*F~
                NM1*PR*2*SIM PAYER*****PI*%4$s~
                CLM*%1$s*185***11:B:1*Y*A*Y*Y~
                HI*ABK:E119*ABF:I10~
                NM1*82*1*SMITH*JOHN****XX*1234567893~
                PRV*PE*PXC*207Q00000X~
                LX*1~
                SV1*HC:99213:25*150*UN*1*11**1:2~
                DTP*472*D8*%3$s~
                REF*6R*%1$s-1~
                LX*2~
                SV1*HC:G0008*35*UN*1*11**1~
                DTP*472*D8*%3$s~
                REF*6R*%1$s-2~
                SE*31*0001~
                """.formatted(pcn, memberId, dateOfService, payerId);
        return "ISA*00*          *00*          *ZZ*BILLINGCO01PA  *ZZ*SIMCLEARING    *261122*0940*^*00501*000000001*1*P*:~\n"
                + "GS*HC*BILLINGCO01PA*SIMCLEARING*20261122*0940*1*X*005010X222A1~\n"
                + body + "GE*1*1~\nIEA*1*000000001~\n";
    }

    private Claims837() {}
}
