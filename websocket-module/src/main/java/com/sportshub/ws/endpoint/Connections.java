package com.sportshub.ws.endpoint;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Every connection on this node: counts each user's connections, and once a second sweeps them all
 * to send heartbeats (WebSocket pings, which browsers answer by themselves), close the silent and
 * take rights back from expired tokens.
 */
@ApplicationScoped
class Connections {

  @Inject HubSettings settings;
  @Inject Subscriptions subscriptions;

  @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
  ManagedScheduledExecutorService scheduler;

  @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
  ManagedThreadFactory threads;

  private ScheduledThreadPoolExecutor flushTimer;

  private final Set<ClientSession> open = ConcurrentHashMap.newKeySet();
  private final Map<String, Integer> perSubject = new ConcurrentHashMap<>();
  private volatile ScheduledFuture<?> sweeper;
  private volatile long lastPingNanos = System.nanoTime();

  /**
   * Retries the writes of clients whose connection was still busy. A plain scheduler on a managed
   * thread: its tasks only hand bytes to a socket, so they need no context captured per task, which
   * on the managed scheduler would cost more than the write.
   */
  @PostConstruct
  void start() {
    flushTimer = new ScheduledThreadPoolExecutor(1, threads);
    flushTimer.setRemoveOnCancelPolicy(true);
  }

  ScheduledExecutorService flushTimer() {
    return flushTimer;
  }

  void opened(ClientSession client) {
    open.add(client);
    if (sweeper == null) {
      synchronized (this) {
        if (sweeper == null) {
          sweeper = scheduler.scheduleWithFixedDelay(this::sweep, 1, 1, TimeUnit.SECONDS);
        }
      }
    }
  }

  void closed(ClientSession client) {
    if (open.remove(client)) {
      release(client.caller());
    }
  }

  /** Counts a connection for the caller's subject; false when the subject has no room left. */
  boolean claim(Caller caller) {
    boolean[] granted = {false};
    perSubject.compute(
        caller.subject(),
        (subject, count) -> {
          int now = count == null ? 0 : count;
          granted[0] = now < settings.connectionsPerUser();
          return granted[0] ? now + 1 : now;
        });
    return granted[0];
  }

  void release(Caller caller) {
    if (!caller.anonymous()) {
      perSubject.computeIfPresent(caller.subject(), (s, count) -> count <= 1 ? null : count - 1);
    }
  }

  private void sweep() {
    long now = System.nanoTime();
    long heartbeatNanos = TimeUnit.MILLISECONDS.toNanos(settings.heartbeatMs());
    boolean pingNow = now - lastPingNanos >= heartbeatNanos;
    if (pingNow) {
      lastPingNanos = now;
    }
    Instant wallClock = Instant.now();
    for (ClientSession client : open) {
      if (client.silentNanos(now) > 2 * heartbeatNanos) {
        client.close(CloseCodes.HEARTBEAT_TIMEOUT, "no traffic for two heartbeats");
      } else if (client.caller().expiredAt(wallClock)) {
        Caller expired = client.caller();
        client.caller(Caller.ANONYMOUS);
        release(expired);
        client.lane().execute(() -> subscriptions.tokenExpired(client, expired));
      } else if (pingNow) {
        ping(client);
      }
    }
  }

  private static void ping(ClientSession client) {
    try {
      client.session().getAsyncRemote().sendPing(ByteBuffer.allocate(0));
    } catch (java.io.IOException | IllegalStateException e) {
      // the connection is going away; the next sweep or onClose deals with it
    }
  }

  @PreDestroy
  void stop() {
    flushTimer.shutdownNow();
    if (sweeper != null) {
      sweeper.cancel(false);
    }
  }
}
