package com.sportshub.load;

/**
 * Reads the three numbers the tool needs from an {@code update} frame (its channel's seq, and the
 * creation time {@code t} and warm-up flag {@code w} the publisher put in the data) without a full
 * JSON parse, so that the tool is not the first thing to run out of CPU.
 */
record UpdateFrame(long seq, long createdNanos, boolean warmup) {

  private static final String UPDATE = "{\"type\":\"update\"";

  /** The frame's numbers, or null when it is not an update of the tool's own. */
  static UpdateFrame parse(String frame) {
    if (!frame.startsWith(UPDATE)) {
      return null;
    }
    long seq = number(frame, "\"seq\":", 0);
    int data = frame.indexOf("\"data\":");
    if (seq < 0 || data < 0) {
      return null;
    }
    long created = number(frame, "\"t\":", data);
    long warmup = number(frame, "\"w\":", data);
    return created < 0 ? null : new UpdateFrame(seq, created, warmup == 1);
  }

  private static long number(String text, String key, int from) {
    int at = text.indexOf(key, from);
    if (at < 0) {
      return -1;
    }
    long value = 0;
    boolean any = false;
    for (int i = at + key.length(); i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        break;
      }
      value = value * 10 + (c - '0');
      any = true;
    }
    return any ? value : -1;
  }
}
