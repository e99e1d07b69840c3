package com.sportshub.web.problems;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Errors JAX-RS raises itself (404, 405, 415, a body it cannot read...) as problem details. */
@Provider
public class HttpErrorMapper implements ExceptionMapper<WebApplicationException> {

  @Override
  public Response toResponse(WebApplicationException error) {
    if (Problems.isProblem(error.getResponse())) {
      return error.getResponse(); // ours already (BodyLimit, JsonBodyReader)
    }
    Response.StatusType status = error.getResponse().getStatusInfo();
    if (status.getStatusCode() == 401) {
      return Problems.unauthorized(); // Payara Micro's own @RolesAllowed check, without a token
    }
    String detail = status.getStatusCode() == 400 ? "the body could not be read" : null;
    return Problems.of(status.getStatusCode(), status.getReasonPhrase(), detail);
  }
}
