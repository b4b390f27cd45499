package com.rcm.events.payload;

/** A CAS adjustment: group code (CO, PR, OA, PI), claim adjustment reason code, amount. */
public record Adjustment(String groupCode, String carc, long amountCents) {}
