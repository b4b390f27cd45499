package com.rcm.coding.codeset;

import java.time.LocalDate;

/** One imported version of a code system and the day it takes effect. */
public record CodeSetVersion(long id, CodeSystem system, String label, LocalDate effectiveFrom, int codeCount) {}
