package com.rcm.coding.api;

import com.rcm.platform.api.ApiProblemException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Copies an uploaded file to a temporary file, refusing it past a size limit. */
final class Uploads {

    static Path toTempFile(InputStream body, long maxBytes) {
        if (body == null) {
            throw ApiProblemException.badRequest("body", "the file is missing");
        }
        try {
            Path file = Files.createTempFile("coding-upload-", ".txt");
            long total = 0;
            try (OutputStream out = Files.newOutputStream(file)) {
                byte[] buffer = new byte[64 * 1024];
                for (int n = body.read(buffer); n > 0; n = body.read(buffer)) {
                    total += n;
                    if (total > maxBytes) {
                        out.close();
                        Files.deleteIfExists(file);
                        throw new ApiProblemException(
                                413, "Payload Too Large", "the file is larger than " + maxBytes + " bytes");
                    }
                    out.write(buffer, 0, n);
                }
            }
            if (total == 0) {
                Files.deleteIfExists(file);
                throw ApiProblemException.badRequest("body", "the file is empty");
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Uploads() {}
}
