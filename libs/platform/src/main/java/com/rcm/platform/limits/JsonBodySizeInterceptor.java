package com.rcm.platform.limits;

import com.rcm.platform.api.ApiProblemException;
import jakarta.ws.rs.ConstrainedTo;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Holds a JSON body sent without a Content-Length (chunked) to the JSON limit while it is read: past
 * it the request ends in 413 problem+json before any resource runs, so nothing is stored. Vert.x
 * itself only stops such a body at the service's upload limit.
 */
@Provider
@ConstrainedTo(RuntimeType.SERVER) // the services' REST clients read answers, not request bodies
public class JsonBodySizeInterceptor implements ReaderInterceptor {
    private final BodySizeLimit limits;

    public JsonBodySizeInterceptor(BodySizeLimit limits) {
        this.limits = limits;
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        MediaType type = context.getMediaType();
        String contentType = type == null ? null : type.toString();
        if (BodySizeLimit.isJson(contentType)) {
            context.setInputStream(new Capped(context.getInputStream(), limits.limitFor(contentType)));
        }
        return context.proceed();
    }

    /** Counts what is read and stops one byte past the limit. */
    static final class Capped extends FilterInputStream {
        private final long limit;
        private long read;

        Capped(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count(skipped);
            return skipped;
        }

        private void count(long n) {
            read += n;
            if (read > limit) {
                throw new ApiProblemException(
                        413,
                        "Content Too Large",
                        "the body is more than " + limit + " bytes; this endpoint takes at most " + limit + " bytes");
            }
        }
    }
}
