package com.sportshub.load;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.function.Function;

/**
 * Reads the odds workload's {@code odds_update} frames: the channel's seq and the first price's
 * {@code lastUpdate}, which the ingest set to the change's due time; changes due before the
 * measured window are warm-up.
 */
final class OddsFrames implements Function<String, UpdateFrame> {

  private static final String UPDATE = "{\"type\":\"update\"";
  private static final String LAST_UPDATE = "\"lastUpdate\":\"";

  private final OddsIngest.Clock clock;
  private volatile long measureFromNanos = Long.MAX_VALUE;

  OddsFrames(OddsIngest.Clock clock) {
    this.clock = clock;
  }

  void measureFrom(long nanos) {
    measureFromNanos = nanos;
  }

  @Override
  public UpdateFrame apply(String frame) {
    if (!frame.startsWith(UPDATE)) {
      return null;
    }
    int seqAt = frame.indexOf("\"seq\":");
    int at = frame.indexOf(LAST_UPDATE);
    if (seqAt < 0 || at < 0) {
      return null;
    }
    int end = frame.indexOf('"', at + LAST_UPDATE.length());
    try {
      long created = clock.nanosAt(Instant.parse(frame.substring(at + LAST_UPDATE.length(), end)));
      return new UpdateFrame(digits(frame, seqAt + 6), created, created < measureFromNanos);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static long digits(String text, int from) {
    long value = 0;
    for (int i = from; i < text.length() && Character.isDigit(text.charAt(i)); i++) {
      value = value * 10 + (text.charAt(i) - '0');
    }
    return value;
  }
}
