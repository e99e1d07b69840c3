package com.sportshub.ws.endpoint;

import com.sportshub.ws.broker.JsonText;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

/** The server's control messages (everything but {@code update}, which the broker encodes). */
final class Messages {

  private Messages() {}

  /** Why the hub sent a {@code subscribed} nobody asked for; named by a flag set to true. */
  enum Unasked {
    /** The channel's history was lost and its seqs start again. */
    RESET("reset"),
    /** The client fell behind and gets the channel's current state instead of its backlog. */
    CONFLATED("conflated");

    final String flag;

    Unasked(String flag) {
      this.flag = flag;
    }
  }

  /** A message of the given type that carries the request's {@code id}, if it had one. */
  static JsonObjectBuilder reply(String type, JsonValue id) {
    JsonObjectBuilder message = JsonText.JSON.createObjectBuilder().add("type", type);
    if (id != null) {
      message.add("id", id);
    }
    return message;
  }

  static String error(ErrorCode code, String text, JsonValue id) {
    Refusals.count(code);
    return reply("error", id).add("code", code.name()).add("message", text).build().toString();
  }

  /** A {@code BAD_REQUEST} that names the request's {@code field} at fault. */
  static String badField(String text, JsonValue id, String field) {
    Refusals.count(ErrorCode.BAD_REQUEST);
    return reply("error", id)
        .add("code", ErrorCode.BAD_REQUEST.name())
        .add("message", text)
        .add("field", field)
        .build()
        .toString();
  }

  static String error(ErrorCode code, String text, JsonValue id, String channel) {
    Refusals.count(code);
    return reply("error", id)
        .add("code", code.name())
        .add("message", text)
        .add("channel", channel)
        .build()
        .toString();
  }

  /**
   * {@code subscribed}; {@code snapshotJson} is spliced in as JSON text, null when resumed. {@code
   * unasked} is null for the answer to a request.
   */
  static String subscribed(
      String channel,
      long seq,
      String snapshotJson,
      boolean recovered,
      Unasked unasked,
      JsonValue id) {
    JsonObjectBuilder message =
        reply("subscribed", id).add("channel", channel).add("seq", seq).add("recovered", recovered);
    if (unasked != null) {
      message.add(unasked.flag, true);
    }
    String head = message.build().toString();
    return head.substring(0, head.length() - 1)
        + ",\"snapshot\":"
        + (snapshotJson == null ? "null" : snapshotJson)
        + "}";
  }
}
