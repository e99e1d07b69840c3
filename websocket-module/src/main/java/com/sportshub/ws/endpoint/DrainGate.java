package com.sportshub.ws.endpoint;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Refuses new WebSocket connections while the node drains ({@link NodeOperations#drain}): 503 with
 * {@code Retry-After}, before the upgrade, so a client's reconnect goes to another node.
 */
@WebFilter(urlPatterns = "/ws", asyncSupported = true)
public class DrainGate extends HttpFilter {

  @Inject NodeOperations operations;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (operations.draining()) {
      response.setHeader("Retry-After", "1");
      response.setContentType("application/problem+json");
      response.setStatus(503);
      response
          .getWriter()
          .write(
              "{\"type\":\"about:blank\",\"title\":\"Service Unavailable\",\"status\":503,"
                  + "\"detail\":\"this node is draining for a restart: connect to another\"}");
      return;
    }
    chain.doFilter(request, response);
  }
}
