package com.rcm.x12.ack;

import com.rcm.x12.Segment;
import com.rcm.x12.SegmentReader;
import java.util.ArrayList;
import java.util.List;

/** Reads the 999 and 277CA a clearinghouse answers an 837P with. */
public final class AcknowledgementReader {

    public static SyntaxAcknowledgement read999(String x12) {
        String group = "";
        List<ImplementationError> errors = new ArrayList<>();
        Segment segmentInError = null;
        boolean elementsNamed = false;
        for (Segment s : SegmentReader.read(x12)) {
            switch (s.tag()) {
                case "IK3" -> {
                    addSegmentError(errors, segmentInError, elementsNamed);
                    segmentInError = s;
                    elementsNamed = false;
                }
                case "IK4" -> {
                    elementsNamed = true;
                    errors.add(new ImplementationError(
                            segmentInError == null ? "" : segmentInError.element(1),
                            segmentInError == null ? 0 : Integer.parseInt(segmentInError.element(2)),
                            segmentInError == null ? "8" : segmentInError.element(4),
                            Integer.parseInt(s.component(1, 1)),
                            s.element(3),
                            s.optional(4)));
                }
                case "IK5", "AK2" -> {
                    addSegmentError(errors, segmentInError, elementsNamed);
                    segmentInError = null;
                }
                case "AK9" -> group = s.element(1);
                default -> {}
            }
        }
        return new SyntaxAcknowledgement(group, errors);
    }

    /** An IK3 with no IK4 under it is an error of the segment itself. */
    private static void addSegmentError(List<ImplementationError> errors, Segment ik3, boolean elementsNamed) {
        if (ik3 != null && !elementsNamed) {
            errors.add(new ImplementationError(
                    ik3.element(1), Integer.parseInt(ik3.element(2)), ik3.element(4), 0, null, null));
        }
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
                default -> {}
            }
        }
        return claims;
    }

    private AcknowledgementReader() {}
}
