package com.rcm.x12;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SegmentReaderTests {

    private static final String INTERCHANGE = "ISA*00*          *00*          *ZZ*SENDER         *ZZ*RECEIVER       "
            + "*261103*0930*^*00501*000000042*0*T*:~GS*HP*SENDER*RECEIVER*20261103*0930*42*X*005010X221A1~"
            + "ST*835*0001~BPR*I*150*C*CHK************20261121~TRN*1*CHK1*1741234567~SE*4*0001~GE*1*42~"
            + "IEA*1*000000042~";

    @Test
    void readsEverySegmentWithItsComponents() {
        List<Segment> segments = SegmentReader.read(INTERCHANGE);

        assertEquals(
                List.of("ISA", "GS", "ST", "BPR", "TRN", "SE", "GE", "IEA"),
                segments.stream().map(Segment::tag).toList());
        assertEquals("20261121", segments.get(3).element(16));
        assertEquals(15000, X12Amounts.cents(segments.get(3).element(2)));
    }

    @Test
    void refusesTextThatIsNotAnInterchange() {
        InvalidX12Exception error = assertThrows(InvalidX12Exception.class, () -> SegmentReader.read("hello"));
        assertEquals(List.of("an X12 interchange starts with an ISA segment"), error.errors());
    }

    @Test
    void refusesAnEnvelopeWithAWrongSegmentCount() {
        InvalidX12Exception error = assertThrows(
                InvalidX12Exception.class, () -> SegmentReader.read(INTERCHANGE.replace("SE*4*0001", "SE*9*0001")));
        assertTrue(
                error.errors().get(0).startsWith("CONTROL_COUNT_DOES_NOT_MATCH_ACTUAL_COUNT at segment 6 (SE)"),
                error.errors().toString());
    }

    @Test
    void anAmountWithFractionsOfACentIsABadInterchange() {
        assertThrows(InvalidX12Exception.class, () -> X12Amounts.cents("12.345"));
    }
}
