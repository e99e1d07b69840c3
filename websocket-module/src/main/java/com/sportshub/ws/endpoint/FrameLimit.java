package com.sportshub.ws.endpoint;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpUpgradeHandler;
import java.io.IOException;

/**
 * Puts a {@link FrameGate} between the network and the WebSocket container on every upgrade to
 * {@code /ws}, so that {@code hub.ws.max-frame-bytes} holds for single frames too (see {@link
 * FrameGate} for why the container's own limit does not).
 *
 * <p>Only the Servlet API is used: the container's filter, which runs after this one, asks the
 * request for its upgrade handler; this filter's request answers with a handler of the container's
 * class as asked, and registers a {@link GatedUpgrade} around it, which hands the container's
 * handler a connection whose input passes through the gate.
 */
@WebFilter(urlPatterns = "/ws", asyncSupported = true)
public class FrameLimit extends HttpFilter {

  @Inject HubSettings settings;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!"websocket".equalsIgnoreCase(request.getHeader("Upgrade"))) {
      chain.doFilter(request, response);
      return;
    }
    int limit = settings.maxFrameBytes();
    chain.doFilter(
        new HttpServletRequestWrapper(request) {
          @Override
          public <T extends HttpUpgradeHandler> T upgrade(Class<T> handlerClass)
              throws IOException, ServletException {
            GatedUpgrade gated = super.upgrade(GatedUpgrade.class);
            T inner;
            try {
              inner = handlerClass.getDeclaredConstructor().newInstance();
            } catch (ReflectiveOperationException e) {
              throw new ServletException("cannot make the WebSocket upgrade handler", e);
            }
            gated.wrap(inner, limit);
            return inner;
          }
        },
        response);
  }
}
