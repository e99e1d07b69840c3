package com.sportshub.ws.endpoint;

import static java.util.concurrent.TimeUnit.NANOSECONDS;
import static java.util.concurrent.TimeUnit.SECONDS;

import com.sportshub.ws.broker.Broker;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Collections;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadPoolExecutor;

/**
 * Every connection on this node: claims and releases each user's places under the per-user limit,
 * and sweeps them all (once a second, or more often for short heartbeats) to send heartbeats
 * (WebSocket pings, which browsers answer by themselves), close the silent and take rights back
 * from expired tokens.
 *
 * <p>The count itself is the broker's ({@link com.sportshub.ws.broker.ConnectionCounts}), so with
 * Redis it holds across the cluster. A claim may wait for Redis, so it runs on the client's lane.
 * So does every change of a connection's caller (authentication, expiry, close): one thread at a
 * time per connection, in order, so each place claimed is released exactly once, even when the
 * connection closes while its claim waits.
 */
@ApplicationScoped
class Connections {

  /** Lane work mostly waits on Redis (a claim, a replay), so more threads than cores. */
  private static final int LANE_THREADS = 16;

  @Inject HubSettings settings;
  @Inject Subscriptions subscriptions;
  @Inject Broker broker;

  @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
  ManagedScheduledExecutorService scheduler;

  @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
  ManagedThreadFactory threads;

  private ScheduledThreadPoolExecutor flushTimer;
  private ThreadPoolExecutor lanes;

  private final Set<ClientSession> open = ConcurrentHashMap.newKeySet();
  private volatile ScheduledFuture<?> sweeper;

  /**
   * Retries the writes of clients whose connection was still busy. A plain scheduler on a managed
   * thread: its tasks only hand bytes to a socket, so they need no context captured per task, which
   * on the managed scheduler would cost more than the write.
   */
  @PostConstruct
  void start() {
    flushTimer = new ScheduledThreadPoolExecutor(1, threads);
    flushTimer.setRemoveOnCancelPolicy(true);
    lanes =
        new ThreadPoolExecutor(
            LANE_THREADS, LANE_THREADS, 60, SECONDS, new LinkedBlockingQueue<>(), threads);
    lanes.allowCoreThreadTimeOut(true);
  }

  ScheduledExecutorService flushTimer() {
    return flushTimer;
  }

  /**
   * The server's managed scheduler, for this node's own slower chores (its report to the cluster,
   * closing a draining node's clients): never the flush timer, whose one thread every client's
   * write retries wait on.
   */
  ScheduledExecutorService housekeeping() {
    return scheduler;
  }

  /**
   * Where each client's lane runs its work (requests, subscriptions), one task at a time: a plain
   * pool on managed threads, for the flush timer's reason. Payara's managed executor captures the
   * caller's context for every task, and its context capture searched the application's jars for
   * providers ({@code ServiceLoader}) each time: in a profile of 5,000 clients connecting and
   * subscribing, the lanes' hand-offs alone were a sixth of the CPU. The threads carry the
   * application's context from when they were made, which is all a lane's work needs.
   */
  ExecutorService lanes() {
    return lanes;
  }

  void opened(ClientSession client) {
    open.add(client);
    if (sweeper == null) {
      synchronized (this) {
        if (sweeper == null) {
          long every = Heartbeat.sweepNanos(settings.heartbeatNanos());
          sweeper = scheduler.scheduleWithFixedDelay(this::sweep, every, every, NANOSECONDS);
        }
      }
    }
  }

  /** Called on a WebSocket I/O thread; the connection's place is given back on its lane. */
  void closed(ClientSession client) {
    if (open.remove(client)) {
      client
          .lane()
          .execute(
              () -> {
                Caller last = client.caller();
                client.caller(Caller.ANONYMOUS);
                release(last);
              });
    }
  }

  /** The connections open now (a live view). */
  Set<ClientSession> open() {
    return Collections.unmodifiableSet(open);
  }

  /** Whether the connection has not closed yet; on its lane, a closed one claims nothing more. */
  boolean isOpen(ClientSession client) {
    return open.contains(client);
  }

  /**
   * Counts a connection for the caller's subject, across the cluster with Redis; false when the
   * subject has no room left. On the client's lane: it may wait for Redis.
   */
  boolean claim(Caller caller) {
    return broker.claimConnection(caller.subject(), settings.connectionsPerUser());
  }

  /** Gives the caller's place back; never waits. */
  void release(Caller caller) {
    if (!caller.anonymous()) {
      broker.releaseConnection(caller.subject());
    }
  }

  /**
   * Each client is pinged once per heartbeat, on its own turn (its first ping falls at a random
   * point of its first heartbeat; see {@link Heartbeat}): 10,000 pings at once every 25 s were a
   * stall of a second or more for every client's updates, and their 10,000 pongs another.
   */
  private void sweep() {
    long now = System.nanoTime();
    Instant wallClock = Instant.now();
    for (ClientSession client : open) {
      if (client.tooLongSilent(now)) {
        client.close(CloseCodes.HEARTBEAT_TIMEOUT, "no traffic for two heartbeats");
      } else if (client.caller().expiredAt(wallClock)) {
        client.lane().execute(() -> expire(client));
      } else if (client.pingDue(now)) {
        client.ping();
      }
    }
  }

  /**
   * On the client's lane. The sweep may have asked more than once before the lane got here, and an
   * {@code auth} queued before may have brought a fresh token: only a caller still expired goes.
   */
  private void expire(ClientSession client) {
    Caller expired = client.caller();
    if (expired.expiredAt(Instant.now())) {
      client.caller(Caller.ANONYMOUS);
      release(expired);
      subscriptions.tokenExpired(client, expired);
    }
  }

  @PreDestroy
  void stop() {
    flushTimer.shutdownNow();
    lanes.shutdownNow();
    if (sweeper != null) {
      sweeper.cancel(false);
    }
  }
}
