package kiosque.web;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.IOException;
import java.util.Locale;
import org.eclipse.jetty.http.HttpException;

/**
 * A body sent without a length (chunked) is cut off at the limit with a 413 the error pages know
 * ({@link ClientErrors}); Javalin would stop at its own limit too, but log a warning for what is
 * the client's doing. Bodies with a declared length are refused before reading
 * ({@link ClientErrors#checkBody}); uploads keep Jetty's multipart limits.
 */
final class BodyLimit implements Filter {

  private final long limit;

  BodyLimit(long limit) {
    this.limit = limit;
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
    if (request instanceof HttpServletRequest http && request.getContentLengthLong() < 0
        && !type.startsWith("multipart/")) {
      chain.doFilter(new HttpServletRequestWrapper(http) {
        private ServletInputStream limited;

        @Override
        public ServletInputStream getInputStream() throws IOException {
          if (limited == null) {
            limited = new Limited(super.getInputStream(), limit);
          }
          return limited;
        }
      }, response);
      return;
    }
    chain.doFilter(request, response);
  }

  private static final class Limited extends ServletInputStream {
    private final ServletInputStream in;
    private final long limit;
    private long read;

    Limited(ServletInputStream in, long limit) {
      this.in = in;
      this.limit = limit;
    }

    @Override
    public int read() throws IOException {
      int b = in.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = in.read(buffer, offset, length);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    private void count(int n) {
      read += n;
      if (read > limit) {
        throw new HttpException.RuntimeException(413, "body of more than " + limit + " bytes");
      }
    }

    @Override
    public boolean isFinished() {
      return in.isFinished();
    }

    @Override
    public boolean isReady() {
      return in.isReady();
    }

    @Override
    public void setReadListener(ReadListener listener) {
      in.setReadListener(listener);
    }
  }
}
