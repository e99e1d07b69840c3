package com.sportshub.load;

import com.sportshub.devtools.DevTokens;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The odds ingest workload: U price changes a second through {@code POST /api/odds/feed}, round
 * robin over G events (one event per group, its channel {@code odds:event:...}), so each change is
 * parsed, diffed against the stored book, written with its history, given a new consensus and
 * published. Change i is due at start + i/U and carries that instant as the bookmaker's {@code
 * last_update}, which the clients read back for the latency (wall clock of this one machine). Paced
 * by {@link PacedLanes}, so each event's changes stay in order.
 */
final class OddsIngest {

  private final Settings settings;
  private final Stats stats;
  private final Clock clock;
  private final String token;

  /** Wall clock and monotonic clock read together once, to turn one into the other. */
  record Clock(long nanos, Instant wall) {
    static Clock now() {
      return new Clock(System.nanoTime(), Instant.now());
    }

    Instant wallAt(long nanos) {
      return wall.plusNanos(nanos - this.nanos).truncatedTo(ChronoUnit.MICROS);
    }

    long nanosAt(Instant at) {
      return this.nanos + Duration.between(wall, at).toNanos();
    }
  }

  OddsIngest(Settings settings, Stats stats, Clock clock) throws Exception {
    this.settings = settings;
    this.stats = stats;
    this.clock = clock;
    this.token =
        DevTokens.fromPem(Path.of(settings.keyFile()), DevTokens.DEV_ISSUER)
            .mint("load-test", List.of("publisher"), Duration.ofHours(2));
  }

  /**
   * Creates the G events with an opening price at every bookmaker, so that clients can subscribe.
   */
  void createEvents() throws Exception {
    List<String> events = new ArrayList<>();
    Instant opened = clock.wallAt(System.nanoTime()).minusSeconds(60);
    for (int g = 0; g < settings.groups(); g++) {
      List<String> quotes = new ArrayList<>();
      for (int k = 0; k < settings.bookmakers(); k++) {
        quotes.add(quote(k, opened, "1.50"));
      }
      events.add(event(g, quotes));
    }
    try (PlainHttp http = new PlainHttp(settings.url())) {
      PlainHttp.Answer answer = post(http, events);
      if (answer.status() != 200) {
        throw new IllegalStateException("cannot create the events: " + answer.body());
      }
    }
  }

  void run() throws InterruptedException {
    new PacedLanes<String>(settings, stats).run(this::change, this::send);
  }

  /**
   * The number-th change (from 1) of event g: the bookmakers take turns, each stepping its home
   * price through 50 values, so that every change is a change (the opening price is the 50th).
   */
  private String change(long index, int group, long number, long due) {
    int bookmakers = settings.bookmakers();
    int k = (int) ((number - 1) % bookmakers);
    long step = ((number - 1) / bookmakers + 1) % 50;
    String home = "%.2f".formatted(1.50 + step / 100.0);
    return event(group, List.of(quote(k, clock.wallAt(due), home)));
  }

  private String event(int group, List<String> quotes) {
    return """
        {"id":"%s","sport_key":"bench_odds","sport_title":"Bench","commence_time":"2030-01-01T00:00:00Z",\
        "home_team":"Home %d","away_team":"Away %d","bookmakers":[%s]}"""
        .formatted(settings.eventId(group), group, group, String.join(",", quotes));
  }

  /** Bookmaker k's h2h quote; the first is "bench", as when every event had one bookmaker. */
  private static String quote(int k, Instant at, String home) {
    return """
        {"key":"%s","title":"Bench","last_update":"%s","markets":[{"key":"h2h","outcomes":[\
        {"name":"Home","price":%s},{"name":"Away","price":2.50}]}]}"""
        .formatted(k == 0 ? "bench" : "bench" + k, at, home);
  }

  private void send(PlainHttp lane, List<PacedLanes.Due<String>> batch) {
    try {
      PlainHttp.Answer answer = post(lane, batch.stream().map(PacedLanes.Due::write).toList());
      if (answer.status() == 200) {
        stats.accepted.add(batch.size());
        batch.forEach(change -> stats.acceptedPerGroup.incrementAndGet(change.group()));
      } else {
        stats.refused.add(batch.size());
      }
    } catch (Exception e) {
      stats.refused.add(batch.size());
    }
  }

  private PlainHttp.Answer post(PlainHttp http, List<String> events) throws IOException {
    return http.post("/api/odds/feed", token, "[" + String.join(",", events) + "]");
  }
}
