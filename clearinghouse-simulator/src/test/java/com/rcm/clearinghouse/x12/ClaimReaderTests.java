package com.rcm.clearinghouse.x12;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.rcm.clearinghouse.domain.ReceivedClaim;
import com.rcm.clearinghouse.support.Claims837;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ClaimReaderTests {
    private static final Path SAMPLES = Path.of(System.getProperty("user.dir")).resolve("../../shared/conformance/x12/837p");

    @Test
    void readsClaimLinesAndWhoBillsWhom() {
        ReceivedClaim claim = ClaimReader.read(Claims837.contractExample("PA00000009")).get(0);
        assertEquals("BILLINGCO01PA", claim.senderId());
        assertEquals("1111111112", claim.billingProviderNpi());
        assertEquals("SIMCOMM", claim.payerId());
        assertEquals("M123456", claim.memberId());
        assertEquals(18500, claim.chargeCents());
        assertEquals(List.of("25"), claim.lines().get(0).modifiers());
        assertEquals(3500, claim.lines().get(1).chargeCents());
        assertEquals("PA00000009-2", claim.lines().get(1).lineControlNumber());
    }

    @Test
    void everyPublicSample837PIsRead() throws IOException {
        assumeTrue(Files.isDirectory(SAMPLES), "conformance samples are not beside the project");
        try (Stream<Path> files = Files.list(SAMPLES)) {
            for (Path sample : files.filter(Files::isRegularFile).sorted().toList()) {
                List<ReceivedClaim> claims = ClaimReader.read(Files.readString(sample));
                assertFalse(claims.isEmpty(), sample.getFileName() + " read no claim");
                for (ReceivedClaim claim : claims) {
                    assertFalse(claim.lines().isEmpty(), sample.getFileName() + " claim without lines");
                    assertEquals(claim.chargeCents(), claim.lines().stream().mapToLong(ReceivedClaim.Line::chargeCents).sum(),
                            sample.getFileName() + ": claim total is the sum of its lines");
                }
            }
        }
    }
}
