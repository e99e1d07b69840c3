package com.sportshub.ws.transport;

/**
 * Whether each workaround of this package took effect on this node, for {@code /health/live}: the
 * write path the connections use ({@code grizzly}, {@code tyrus} or {@code websocket-api}; {@code
 * none yet} before the first connection wrote) and whether Tyrus sessions got the plain idle-timer
 * scheduler ({@code applied}, {@code not applied} when the field was missing or refused, {@code
 * none yet}). A server upgrade that drops a workaround fails nothing: this is where it shows.
 */
public final class Workarounds {

  private static volatile String writePath = "none yet";
  private static volatile String idleTimer = "none yet";

  private Workarounds() {}

  public static String writePath() {
    return writePath;
  }

  public static String idleTimer() {
    return idleTimer;
  }

  static void wroteThrough(String path) {
    writePath = path;
  }

  static void idleTimer(boolean applied) {
    idleTimer = applied ? "applied" : "not applied";
  }
}
