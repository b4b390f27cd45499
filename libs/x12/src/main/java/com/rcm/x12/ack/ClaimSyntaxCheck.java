package com.rcm.x12.ack;

import com.rcm.x12.EnvelopeReader;
import com.rcm.x12.InterchangeEnvelope;
import com.rcm.x12.InvalidX12Exception;
import com.rcm.x12.SegmentReader;
import com.rcm.x12.X12Exception;
import com.rcm.x12.X12Issue;
import com.rcm.x12.X12Schemas;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A clearinghouse front end's syntax check of an 837P against the 005010X222A1 implementation
 * schema, what {@link AcknowledgementWriter#write999} answers with. Errors inside the transaction set
 * are what a 999 rejects with (IK3/IK4, positions counted from ST); a broken envelope (ISA, GS, GE,
 * IEA) leaves nothing to acknowledge, so it is refused outright. Here rather than in the simulator so
 * that segment-level reading stays in this module.
 */
public final class ClaimSyntaxCheck {
    private static final Set<String> ENVELOPE = Set.of("ISA", "GS", "GE", "IEA");

    /**
     * What the 999 needs: the transaction-set errors (empty when the 837P is well formed), the
     * submitter (ISA06), the numbers it answers (GS06, ST02) and how many claims (CLM) came.
     */
    public record Result(
            List<ImplementationError> errors,
            String senderId,
            String groupControlNumber,
            String transactionControlNumber,
            int claims) {}

    public static Result check(String interchange) {
        if (interchange == null || !interchange.stripLeading().startsWith("ISA")) {
            throw new InvalidX12Exception(List.of("an X12 interchange starts with an ISA segment"));
        }
        List<ImplementationError> errors = new ArrayList<>();
        List<String> envelopeErrors = new ArrayList<>();
        int position = 0;
        int stPosition = 0;
        int reported = 0;
        EnvelopeReader envelope = new EnvelopeReader();
        int claims = 0;
        try (SegmentReader reader = new SegmentReader(
                new ByteArrayInputStream(interchange.stripLeading().getBytes(StandardCharsets.ISO_8859_1)),
                X12Schemas.professionalClaim837())) {
            for (var segment = reader.next(); segment != null; segment = reader.next()) {
                position++;
                envelope.accept(segment);
                switch (segment.tag()) {
                    case "ST" -> stPosition = position;
                    case "CLM" -> claims++;
                    default -> {}
                }
                List<X12Issue> issues = reader.issues();
                for (X12Issue issue : issues.subList(reported, issues.size())) {
                    if (ENVELOPE.contains(issue.segmentTag())) {
                        envelopeErrors.add(issue.toString());
                    } else {
                        errors.add(ImplementationError.of(issue, stPosition));
                    }
                }
                reported = issues.size();
            }
        } catch (X12Exception e) {
            throw new InvalidX12Exception(List.of("unreadable X12: " + e.getMessage()));
        }
        if (!envelopeErrors.isEmpty()) {
            throw new InvalidX12Exception(envelopeErrors);
        }
        InterchangeEnvelope read = envelope.envelope();
        return new Result(
                errors,
                read.senderId(),
                String.valueOf(read.groupControlNumber()),
                read.transactionSetControlNumber(),
                claims);
    }

    private ClaimSyntaxCheck() {}
}
