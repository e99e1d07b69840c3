package com.sportshub.load;

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
 * time, spread over two selector threads.
 */
final class Fleet implements AutoCloseable {

  /** One per core of this machine's two: the hub beside the tool needs the CPU more. */
  private static final int LOOPS = 2;

  private final Settings settings;
  private final Stats stats;
  private final Function<String, UpdateFrame> frames;
  private final List<SelectorLoop> loops = new ArrayList<>();
  private final List<BenchClient> clients = new ArrayList<>();

  Fleet(Settings settings, Stats stats, Function<String, UpdateFrame> frames) {
    this.settings = settings;
    this.stats = stats;
    this.frames = frames;
    for (int i = 0; i < LOOPS; i++) {
      loops.add(new SelectorLoop("clients-" + i));
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

  /** Connects client i (on loop i mod 2) and subscribes it, within a minute. */
  private CompletableFuture<Void> open(BenchClient client, int i, long began) {
    WireConnection connection =
        WireConnection.connect(loops.get(i % LOOPS), settings.webSocket(), client);
    client.socket = connection;
    return connection
        .opened()
        .thenCompose(opened -> subscribe(client, opened, began))
        .orTimeout(60, TimeUnit.SECONDS)
        .whenComplete(
            (ok, failed) -> {
              if (failed != null) {
                connection.abort();
              }
            });
  }

  private CompletableFuture<Void> subscribe(BenchClient client, WireConnection socket, long began) {
    String channel = settings.channel(client.group);
    if (client.resumeFrom() >= 0) {
      socket.send(
          "{\"type\":\"subscribe\",\"channel\":\"%s\",\"since\":{\"%s\":%d}}"
              .formatted(channel, channel, client.resumeFrom()));
      return client.subscribed;
    }
    stats.connectMicros.recordValue((System.nanoTime() - began) / 1_000);
    stats.connected.increment();
    socket.send("{\"type\":\"subscribe\",\"channel\":\"" + channel + "\"}");
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
    before.forEach(client -> Optional.ofNullable(client.socket).ifPresent(WireConnection::abort));
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
      WireConnection socket = client.socket;
      if (socket != null) {
        socket.abort();
      }
    }
    loops.forEach(SelectorLoop::close);
  }
}
