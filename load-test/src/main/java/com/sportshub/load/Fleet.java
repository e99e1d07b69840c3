package com.sportshub.load;

import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * N WebSocket clients, client i on group i mod G. Connections are opened a bounded number at a
 * time, over a few JDK HTTP clients (each has one selector thread).
 */
final class Fleet implements AutoCloseable {

  private static final int HTTP_CLIENTS = 4;

  private final Settings settings;
  private final Stats stats;
  private final Function<String, UpdateFrame> frames;
  private final List<HttpClient> http = new ArrayList<>();
  private final List<BenchClient> clients = new ArrayList<>();

  Fleet(Settings settings, Stats stats, Function<String, UpdateFrame> frames) {
    this.settings = settings;
    this.stats = stats;
    this.frames = frames;
    for (int i = 0; i < HTTP_CLIENTS; i++) {
      http.add(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build());
    }
  }

  /** Opens and subscribes every client; returns how long it took. */
  Duration connectAndSubscribe() throws InterruptedException {
    long start = System.nanoTime();
    Semaphore inFlight = new Semaphore(settings.connectConcurrency());
    List<CompletableFuture<?>> all = new ArrayList<>();
    for (int i = 0; i < settings.clients(); i++) {
      BenchClient client = new BenchClient(i % settings.groups(), stats, frames);
      clients.add(client);
      inFlight.acquire();
      long began = System.nanoTime();
      all.add(
          open(client, i, began)
              .whenComplete(
                  (ok, failed) -> {
                    inFlight.release();
                    if (failed != null) {
                      stats.connectFailures.increment();
                    }
                  }));
    }
    CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).exceptionally(e -> null).join();
    return Duration.ofNanos(System.nanoTime() - start);
  }

  /** Connects client i (over HTTP client i mod 4) and subscribes it, within a minute. */
  private CompletableFuture<Void> open(BenchClient client, int i, long began) {
    return http.get(i % HTTP_CLIENTS)
        .newWebSocketBuilder()
        .connectTimeout(Duration.ofSeconds(30))
        .buildAsync(settings.webSocket(), client)
        .thenCompose(socket -> subscribe(client, socket, began))
        .orTimeout(60, TimeUnit.SECONDS);
  }

  private CompletableFuture<Void> subscribe(BenchClient client, WebSocket socket, long began) {
    client.socket = socket;
    String channel = settings.channel(client.group);
    if (client.resumeFrom() >= 0) {
      socket.sendText(
          "{\"type\":\"subscribe\",\"channel\":\"%s\",\"since\":{\"%s\":%d}}"
              .formatted(channel, channel, client.resumeFrom()),
          true);
      return client.subscribed;
    }
    stats.connectMicros.recordValue((System.nanoTime() - began) / 1_000);
    stats.connected.increment();
    socket.sendText("{\"type\":\"subscribe\",\"channel\":\"" + channel + "\"}", true);
    return client.subscribed.thenRun(() -> stats.subscribersPerGroup.incrementAndGet(client.group));
  }

  /**
   * The resume storm: every client drops its connection at once and a new one takes its place,
   * subscribing with {@code since} its last seq. Returns how long until all were answered.
   */
  Duration dropAndResumeAll() throws InterruptedException {
    long dropped = System.nanoTime();
    List<BenchClient> before = new ArrayList<>(clients);
    clients.clear();
    before.forEach(client -> Optional.ofNullable(client.socket).ifPresent(WebSocket::abort));
    Semaphore inFlight = new Semaphore(settings.connectConcurrency());
    List<CompletableFuture<?>> all = new ArrayList<>();
    for (int i = 0; i < before.size(); i++) {
      BenchClient old = before.get(i);
      BenchClient client = new BenchClient(old.group, stats, frames, old.lastSeq(), dropped);
      clients.add(client);
      inFlight.acquire();
      all.add(open(client, i, dropped).whenComplete((ok, failed) -> inFlight.release()));
    }
    CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).exceptionally(e -> null).join();
    return Duration.ofNanos(System.nanoTime() - dropped);
  }

  @Override
  public void close() {
    for (BenchClient client : clients) {
      WebSocket socket = client.socket;
      if (socket != null) {
        socket.abort();
      }
    }
  }
}
