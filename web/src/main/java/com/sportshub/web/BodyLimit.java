package com.sportshub.web;

import com.sportshub.web.problems.Problems;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Refuses request bodies larger than {@code hub.http.max-body-bytes} (4 MiB by default) with 413,
 * before they are read: by their declared length, or, for chunked bodies, as soon as the bytes read
 * pass the limit. A feed batch of a whole sport is far below it.
 */
@Provider
@Priority(Priorities.AUTHENTICATION - 100)
public class BodyLimit implements ContainerRequestFilter {

  // Read here, not injected: a JAX-RS provider is not a CDI bean under annotated discovery.
  private final long maxBytes =
      ConfigProvider.getConfig()
          .getOptionalValue("hub.http.max-body-bytes", Long.class)
          .orElse(4L * 1024 * 1024);

  @Override
  public void filter(ContainerRequestContext request) {
    if (request.getLength() > maxBytes) {
      throw tooLarge();
    }
    request.setEntityStream(new Limited(request.getEntityStream(), maxBytes));
  }

  private WebApplicationException tooLarge() {
    return new WebApplicationException(
        Problems.of(413, "Body too large", "the body is larger than " + maxBytes + " bytes"));
  }

  /** Counts what is read and stops at the limit. */
  private final class Limited extends FilterInputStream {
    private long left;

    Limited(InputStream in, long limit) {
      super(in);
      this.left = limit;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      count(b < 0 ? 0 : 1);
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      count(Math.max(n, 0));
      return n;
    }

    private void count(int n) {
      left -= n;
      if (left < 0) {
        throw tooLarge();
      }
    }
  }
}
