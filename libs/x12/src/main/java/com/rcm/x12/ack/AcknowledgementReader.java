package com.rcm.x12.ack;

import com.rcm.x12.Segment;
import com.rcm.x12.SegmentReader;
import java.util.ArrayList;
import java.util.List;

/** Reads the 999 and 277CA a clearinghouse answers an 837P with. */
public final class AcknowledgementReader {

    public static SyntaxAcknowledgement read999(String x12) {
        String group = "";
        List<String> errors = new ArrayList<>();
        String segmentInError = null;
        for (Segment s : SegmentReader.read(x12)) {
            switch (s.tag()) {
                case "IK3" -> segmentInError = s.element(1) + " at segment " + s.element(2);
                case "IK4" -> errors.add((segmentInError == null ? "" : segmentInError + ", ") + "element "
                        + s.component(1, 1) + " error " + s.element(3)
                        + (s.optional(4) == null ? "" : " (" + s.element(4) + ")"));
                case "AK9" -> group = s.element(1);
                default -> {
                }
            }
        }
        return new SyntaxAcknowledgement(group, errors);
    }

    /** The claim-level statuses of a 277CA, in order, each tied to its patient control number. */
    public static List<ClaimAcknowledgement> read277ca(String x12) {
        List<ClaimAcknowledgement> claims = new ArrayList<>();
        boolean patientLevel = false;
        String pcn = null;
        for (Segment s : SegmentReader.read(x12)) {
            switch (s.tag()) {
                case "HL" -> {
                    patientLevel = "PT".equals(s.element(3));
                    pcn = null;
                }
                case "TRN" -> {
                    if (patientLevel && "2".equals(s.element(1))) {
                        pcn = s.element(2);
                    }
                }
                case "STC" -> {
                    if (patientLevel && pcn != null) {
                        claims.add(new ClaimAcknowledgement(pcn, s.component(1, 1), s.component(1, 2), s.optional(12)));
                        pcn = null;
                    }
                }
                default -> {
                }
            }
        }
        return claims;
    }

    private AcknowledgementReader() {
    }
}
