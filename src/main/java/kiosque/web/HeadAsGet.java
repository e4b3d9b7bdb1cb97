package kiosque.web;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.IOException;

/**
 * Answers HEAD exactly as GET would, headers and status included: crawlers, CDNs and link
 * checkers use HEAD, and Javalin routes only the methods declared. The route sees a GET; Jetty,
 * which knows the request was HEAD, sends no body.
 */
final class HeadAsGet implements Filter {

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (request instanceof HttpServletRequest http && "HEAD".equals(http.getMethod())) {
      chain.doFilter(new HttpServletRequestWrapper(http) {
        @Override
        public String getMethod() {
          return "GET";
        }
      }, response);
      return;
    }
    chain.doFilter(request, response);
  }
}
