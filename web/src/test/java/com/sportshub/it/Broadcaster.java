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

  public Api.Response sendRaw(String body) throws Exception {
    return api.post("/api/broadcast", token, body);
  }
}
