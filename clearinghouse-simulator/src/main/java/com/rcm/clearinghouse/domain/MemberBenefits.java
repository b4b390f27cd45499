package com.rcm.clearinghouse.domain;

/** What the member still pays toward this year's deductible, and the copay per office visit. */
public record MemberBenefits(long deductibleLeftCents, long copayCents) {
    public static final MemberBenefits NONE = new MemberBenefits(0, 0);
}
