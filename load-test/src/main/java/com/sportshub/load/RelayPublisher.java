package com.sportshub.load;

import com.sportshub.devtools.DevTokens;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Publishes U updates a second, round-robin over the groups, through {@code POST /api/broadcast}.
 * Update i is due at start + i/U; its {@code t} is that due time, not the time it was sent, so a
 * hub that is slow to accept shows as latency (no coordinated omission). Group g goes over lane g
 * mod K, one request in flight per lane, so each group's order is kept; whatever fell due while a
 * request was in flight goes out in the next batch.
 */
final class RelayPublisher {

  private record Item(int group, long number, long dueNanos, boolean warmup, String json) {}

  private final Settings settings;
  private final Stats stats;
  private final String token;
  private final String pad;
  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private final List<LinkedBlockingQueue<Item>> lanes = new ArrayList<>();

  RelayPublisher(Settings settings, Stats stats) throws Exception {
    this.settings = settings;
    this.stats = stats;
    this.token =
        DevTokens.fromPem(Path.of(settings.keyFile()), DevTokens.DEV_ISSUER)
            .mint("load-test", List.of("publisher"), Duration.ofHours(2));
    this.pad = "x".repeat(Math.max(0, settings.payloadBytes() - 60));
    for (int i = 0; i < settings.lanes(); i++) {
      lanes.add(new LinkedBlockingQueue<>());
    }
  }

  /** Runs for warm-up plus duration; returns when every lane has sent what fell due. */
  void run() throws InterruptedException {
    long total = (long) settings.rate() * (settings.warmupSeconds() + settings.durationSeconds());
    long warmupItems = (long) settings.rate() * settings.warmupSeconds();
    long start = System.nanoTime();
    double intervalNanos = 1_000_000_000.0 / settings.rate();
    List<Thread> senders = new ArrayList<>();
    for (int lane = 0; lane < lanes.size(); lane++) {
      int index = lane;
      Thread sender = new Thread(() -> send(lanes.get(index)), "publisher-" + lane);
      sender.start();
      senders.add(sender);
    }
    long[] perGroup = new long[settings.groups()];
    for (long i = 0; i < total; i++) {
      long due = start + (long) (i * intervalNanos);
      long wait = due - System.nanoTime();
      if (wait > 0) {
        TimeUnit.NANOSECONDS.sleep(wait);
      }
      int group = (int) (i % settings.groups());
      long number = ++perGroup[group];
      String json =
          "{\"channel\":\"%s\",\"event\":\"bench\",\"data\":{\"g\":%d,\"s\":%d,\"t\":%d,\"w\":%d,\"pad\":\"%s\"}}"
              .formatted(settings.channel(group), group, number, due, i < warmupItems ? 1 : 0, pad);
      lanes.get(group % lanes.size()).add(new Item(group, number, due, i < warmupItems, json));
    }
    for (LinkedBlockingQueue<Item> lane : lanes) {
      lane.add(new Item(-1, 0, 0, false, null));
    }
    for (Thread sender : senders) {
      sender.join(TimeUnit.SECONDS.toMillis(60));
    }
  }

  private void send(LinkedBlockingQueue<Item> lane) {
    URI target = settings.url().resolve("/api/broadcast");
    List<Item> batch = new ArrayList<>();
    while (true) {
      try {
        batch.add(lane.take());
      } catch (InterruptedException e) {
        return;
      }
      lane.drainTo(batch, settings.batch() - 1);
      boolean last = batch.get(batch.size() - 1).group() < 0;
      if (last) {
        batch.remove(batch.size() - 1);
      }
      if (!batch.isEmpty()) {
        post(target, batch);
      }
      batch.clear();
      if (last) {
        return;
      }
    }
  }

  private void post(URI target, List<Item> batch) {
    StringBuilder body = new StringBuilder(batch.size() * 320).append("{\"items\":[");
    for (int i = 0; i < batch.size(); i++) {
      body.append(i == 0 ? "" : ",").append(batch.get(i).json());
    }
    body.append("]}");
    try {
      HttpResponse<String> answer =
          http.send(
              HttpRequest.newBuilder(target)
                  .header("Authorization", "Bearer " + token)
                  .header("Content-Type", "application/json")
                  .timeout(Duration.ofSeconds(30))
                  .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      if (answer.statusCode() == 202) {
        stats.accepted.add(batch.size());
        batch.forEach(item -> stats.acceptedPerGroup.incrementAndGet(item.group()));
      } else {
        stats.refused.add(batch.size());
      }
    } catch (Exception e) {
      stats.refused.add(batch.size());
    }
  }
}
