package com.sportshub.it;

/** Publishes through {@code POST /api/broadcast} as a publisher. */
public final class Broadcaster {

  private final Api api;
  private final String token = TestTokens.forRoles("newsroom", "publisher");

  public Broadcaster(PayaraMicro hub) {
    this.api = new Api(hub.base());
  }

  public Api.Response send(String channel, String event, String dataJson) throws Exception {
    return api.post(
        "/api/broadcast",
        token,
        "{\"channel\":\"" + channel + "\",\"event\":\"" + event + "\",\"data\":" + dataJson + "}");
  }

  /** A batch body of notices {@code {"n":from}} to {@code {"n":to}} on one channel. */
  public static String batch(String channel, int from, int to) {
    java.util.StringJoiner items = new java.util.StringJoiner(",", "{\"items\":[", "]}");
    for (int n = from; n <= to; n++) {
      items.add(
          "{\"channel\":\"" + channel + "\",\"event\":\"notice\",\"data\":{\"n\":" + n + "}}");
    }
    return items.toString();
  }

  public Api.Response sendRaw(String body) throws Exception {
    return api.post("/api/broadcast", token, body);
  }
}
