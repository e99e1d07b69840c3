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

  /** Creates the G events with an opening price, so that clients can subscribe to them. */
  void createEvents() throws Exception {
    List<String> events = new ArrayList<>();
    for (int g = 0; g < settings.groups(); g++) {
      events.add(event(g, clock.wallAt(System.nanoTime()).minusSeconds(60), 0));
    }
    try (PlainHttp http = new PlainHttp(settings.url())) {
      PlainHttp.Answer answer = post(http, events);
      if (answer.status() != 200) {
        throw new IllegalStateException("cannot create the events: " + answer.body());
      }
    }
  }

  void run() throws InterruptedException {
    new PacedLanes<String>(settings, stats)
        .run((index, group, number, due) -> event(group, clock.wallAt(due), number), this::send);
  }

  /** Event g with its home price stepping through 50 values, so that every change is a change. */
  private String event(int group, Instant at, long number) {
    String home = "%.2f".formatted(1.50 + (number % 50) / 100.0);
    return """
        {"id":"%s","sport_key":"bench_odds","sport_title":"Bench","commence_time":"2030-01-01T00:00:00Z",\
        "home_team":"Home %d","away_team":"Away %d","bookmakers":[{"key":"bench","title":"Bench",\
        "last_update":"%s","markets":[{"key":"h2h","outcomes":[{"name":"Home","price":%s},\
        {"name":"Away","price":2.50}]}]}]}"""
        .formatted(settings.eventId(group), group, group, at, home);
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
