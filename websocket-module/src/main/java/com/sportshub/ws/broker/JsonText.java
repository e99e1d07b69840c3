package com.sportshub.ws.broker;

import jakarta.json.spi.JsonProvider;

/** Writes JSON string literals; frames are assembled as text so each is encoded only once. */
public final class JsonText {

  /**
   * The JSON-P provider, looked up once: {@code Json.createReader} and friends look it up on every
   * call, through a ServiceLoader scan of the class path, which in an application server costs more
   * than the parsing itself.
   */
  public static final JsonProvider JSON = JsonProvider.provider();

  private JsonText() {}

  public static String quote(String value) {
    StringBuilder out = new StringBuilder(value.length() + 2).append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }
}
