package com.sportshub.web.problems;

import com.sportshub.kernel.Refusal;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Collection;

/**
 * Every refusal of every context, and the web's own: 400, 404 or 409 as problem details, naming the
 * offending field when there is one and carrying the refusal's further members (the states a race
 * could move to). Nothing of the request was applied.
 */
@Provider
public class RefusalMapper implements ExceptionMapper<Refusal> {

  @Override
  public Response toResponse(Refusal refused) {
    int status =
        switch (refused.kind()) {
          case INVALID -> 400;
          case NOT_FOUND -> 404;
          case CONFLICT -> 409;
        };
    if (refused.field() != null) {
      return Problems.ofField(status, refused.title(), refused.getMessage(), refused.field());
    }
    if (!refused.members().isEmpty()) {
      JsonObjectBuilder members = Json.createObjectBuilder();
      refused.members().forEach((name, value) -> members.add(name, json(value)));
      return Problems.withMembers(status, refused.title(), refused.getMessage(), members.build());
    }
    return Problems.of(status, refused.title(), refused.getMessage());
  }

  private static JsonValue json(Object value) {
    if (value instanceof Collection<?> values) {
      JsonArrayBuilder array = Json.createArrayBuilder();
      values.forEach(v -> array.add(String.valueOf(v)));
      return array.build();
    }
    return Json.createValue(String.valueOf(value));
  }
}
