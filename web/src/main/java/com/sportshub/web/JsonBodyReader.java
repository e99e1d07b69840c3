package com.sportshub.web;

import com.sportshub.web.problems.InvalidInput;
import com.sportshub.web.problems.Problems;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParser;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * Reads every request body a resource takes as a JSON-P value, in place of the JAX-RS runtime's
 * reader, so that what no resource can use is refused with 400 naming where it is:
 *
 * <ul>
 *   <li>a body of another JSON type than the resource takes ({@code []} where an object is
 *       expected): field {@code body}; the runtime's reader handed it on and the call failed (500);
 *   <li>nesting deeper than {@value #MAX_DEPTH} levels: the deepest body of the API (an odds batch)
 *       nests eight, and the parser's own limit (1,000) ends in an unmapped {@code
 *       RuntimeException} (500);
 *   <li>a number longer than {@value #MAX_NUMBER_CHARS} characters or beyond {@value
 *       #MAX_NUMBER_DIGITS} digits either side of the point: the parser refuses 1,100 characters
 *       with an unmapped exception, and takes {@code 1e999999999}, whose plain form (prices are
 *       read as text) is a billion digits;
 *   <li>a body without a {@code Content-Type}: 415, where JAX-RS would read it as JSON.
 * </ul>
 *
 * Fields are named as elsewhere in the API: {@code runners[1].horse}, {@code [0].sport_key}.
 *
 * <p>An interceptor rather than a {@code MessageBodyReader}: Payara registers Parsson's reader for
 * the same type and media type, and which of two such readers JAX-RS picks is not defined (it
 * picked Parsson's). An interceptor runs whichever reader is chosen, and here it reads instead.
 */
@Provider
public class JsonBodyReader implements ReaderInterceptor {

  static final int MAX_DEPTH = 32;
  static final int MAX_NUMBER_CHARS = 64;
  static final int MAX_NUMBER_DIGITS = 64;

  private static final JsonProvider JSON = JsonProvider.provider();

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    Class<?> type = context.getType();
    if (!JsonValue.class.isAssignableFrom(type)) {
      return context.proceed();
    }
    if (context.getHeaders().getFirst(HttpHeaders.CONTENT_TYPE) == null) {
      // JAX-RS matches a body without a type to any @Consumes; a write must say what it sends.
      throw new WebApplicationException(
          Problems.of(415, "Unsupported Media Type", "the body must be sent as application/json"));
    }
    try (JsonParser parser = JSON.createParser(context.getInputStream())) {
      if (!parser.hasNext()) {
        throw new InvalidInput("body", "is required");
      }
      JsonValue body = new Tree(parser).value(parser.next(), "", 0);
      parser.hasNext(); // the parser refuses anything after the value here
      if (!type.isInstance(body)) {
        throw new InvalidInput("body", "must be a JSON " + expected(type));
      }
      return body;
    }
  }

  private static String expected(Class<?> type) {
    if (type == JsonObject.class) {
      return "object";
    }
    return type == JsonArray.class ? "array" : "object or array";
  }

  /** Builds the value as it is parsed, knowing the path to each part. */
  private static final class Tree {
    private final JsonParser parser;

    Tree(JsonParser parser) {
      this.parser = parser;
    }

    JsonValue value(JsonParser.Event event, String path, int depth) {
      return switch (event) {
        case START_OBJECT -> object(path, depth + 1);
        case START_ARRAY -> array(path, depth + 1);
        case VALUE_STRING -> JSON.createValue(parser.getString());
        case VALUE_NUMBER -> number(parser.getString(), path);
        case VALUE_TRUE -> JsonValue.TRUE;
        case VALUE_FALSE -> JsonValue.FALSE;
        case VALUE_NULL -> JsonValue.NULL;
        default -> throw new IllegalStateException("parser at " + event);
      };
    }

    private JsonValue object(String path, int depth) {
      deeper(path, depth);
      JsonObjectBuilder object = JSON.createObjectBuilder();
      for (var event = parser.next(); event != JsonParser.Event.END_OBJECT; event = parser.next()) {
        String name = parser.getString();
        object.add(name, value(parser.next(), path.isEmpty() ? name : path + "." + name, depth));
      }
      return object.build();
    }

    private JsonValue array(String path, int depth) {
      deeper(path, depth);
      JsonArrayBuilder array = JSON.createArrayBuilder();
      int i = 0;
      for (var event = parser.next(); event != JsonParser.Event.END_ARRAY; event = parser.next()) {
        array.add(value(event, path + "[" + i++ + "]", depth));
      }
      return array.build();
    }

    private static void deeper(String path, int depth) {
      if (depth > MAX_DEPTH) {
        throw new InvalidInput(named(path), "nests deeper than " + MAX_DEPTH + " levels");
      }
    }

    private static JsonNumber number(String text, String path) {
      if (text.length() > MAX_NUMBER_CHARS) {
        throw new InvalidInput(named(path), "is longer than " + MAX_NUMBER_CHARS + " characters");
      }
      BigDecimal number = new BigDecimal(text);
      if (number.precision() - number.scale() > MAX_NUMBER_DIGITS
          || number.scale() > MAX_NUMBER_DIGITS) {
        throw new InvalidInput(named(path), "is out of range");
      }
      boolean whole = text.chars().allMatch(c -> c == '-' || Character.isDigit(c));
      if (whole && text.length() <= 9) {
        return JSON.createValue(Integer.parseInt(text));
      }
      if (whole && text.length() <= 18) {
        return JSON.createValue(Long.parseLong(text));
      }
      return JSON.createValue(number);
    }

    private static String named(String path) {
      return path.isEmpty() ? "body" : path;
    }
  }
}
