package com.rcm.coding.review;

import com.rcm.events.payload.ServiceLine;
import java.util.List;

/** A coder's corrected codes: the diagnoses and service lines that replace the encounter's (null keeps them). */
public record CodingCorrection(List<String> diagnoses, List<ServiceLine> services) {}
