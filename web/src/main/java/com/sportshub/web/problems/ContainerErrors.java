package com.sportshub.web.problems;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The error page (WEB-INF/web.xml) for answers the container gives itself, outside JAX-RS (it calls
 * {@code sendError}, which would show Payara's HTML page): a path outside {@code /api}, an
 * exception no mapper saw. They become problem details with the same status. A 401 says how to
 * authenticate ({@code WWW-Authenticate: Bearer}, RFC 6750) unless the answer said so already. A
 * thrown exception is logged with an incident id, as {@link UnexpectedErrorMapper} does; the answer
 * never carries its message.
 */
@WebServlet(ContainerErrors.PATH)
public class ContainerErrors extends HttpServlet {

  static final String PATH = "/container-error";

  private static final Logger LOG = Logger.getLogger(ContainerErrors.class.getName());

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    int status = code instanceof Integer c ? c : 404; // asked for directly: nothing here
    String detail = null;
    if (request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable error) {
      detail = "incident " + UUID.randomUUID();
      LOG.log(Level.SEVERE, detail, error);
    } else if (status == 401) {
      detail = Problems.UNAUTHORIZED;
      if (!response.containsHeader("WWW-Authenticate")) {
        response.setHeader("WWW-Authenticate", challenge(request));
      }
    }
    Response.Status known = Response.Status.fromStatusCode(status);
    String title = known == null ? "Error" : known.getReasonPhrase();
    response.setStatus(status);
    response.setContentType(Problems.MEDIA_TYPE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write(Problems.body(status, title, detail));
  }

  /** RFC 6750: a token was sent and refused, or none was sent. */
  static String challenge(HttpServletRequest request) {
    String sent = request.getHeader("Authorization");
    return sent != null && sent.regionMatches(true, 0, "Bearer ", 0, 7)
        ? "Bearer error=\"invalid_token\""
        : "Bearer";
  }
}
