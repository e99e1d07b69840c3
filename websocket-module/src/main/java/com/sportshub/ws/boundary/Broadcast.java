package com.sportshub.ws.boundary;

import java.util.regex.Pattern;

/**
 * A message to relay as it is, on a channel that holds no state: {@code news}, {@code
 * notice:{name}} or {@code user:{subject}}.
 *
 * @param data the payload as JSON text; clients receive it byte for byte
 */
public record Broadcast(String channel, String event, String data) {

  private static final Pattern CHANNEL =
      Pattern.compile("news|notice:[A-Za-z0-9_.-]{1,64}|user:[A-Za-z0-9_.@|+-]{1,128}");
  private static final Pattern EVENT = Pattern.compile("[a-z][a-z0-9_]{0,31}");

  /** The name of the first field that is wrong, or null when the broadcast is valid. */
  public String invalidField() {
    if (channel == null || !CHANNEL.matcher(channel).matches()) {
      return "channel";
    }
    if (event == null || !EVENT.matcher(event).matches()) {
      return "event";
    }
    if (data == null) {
      return "data";
    }
    return null;
  }
}
