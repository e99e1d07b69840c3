package com.sportshub.ws.endpoint;

import com.sportshub.ws.broker.Envelope;
import com.sportshub.ws.hub.Outbox;
import com.sportshub.ws.hub.RateLimiter;
import com.sportshub.ws.hub.SerialExecutor;
import com.sportshub.ws.hub.Subscriber;
import jakarta.websocket.CloseReason;
import jakarta.websocket.Session;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiConsumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One client's connection: its send queue, its channels, who it is, and its own ordered lane for
 * requests that may block (snapshots, replays), so they never run on a WebSocket I/O thread and
 * never overtake each other.
 *
 * <p>A channel being subscribed holds the live updates that arrive meanwhile; once the {@code
 * subscribed} reply (with its snapshot or replay) is queued, those with a higher seq follow and the
 * channel goes live. Each channel remembers the last seq sent, so no update is sent twice.
 */
final class ClientSession implements Subscriber {

  private static final Logger LOG = Logger.getLogger(ClientSession.class.getName());
  private static final long FLUSH_RETRY_MS = 5;

  /** Per channel: the last seq sent, or the updates held while the subscription completes. */
  private static final class ChannelState {
    long sentSeq;
    List<Envelope> held = new ArrayList<>();
  }

  private final Session session;
  private final Outbox<WireFrame> outbox;
  private final ScheduledExecutorService timer;
  private final AtomicBoolean flushPending = new AtomicBoolean();
  private final Executor lane;
  private final RateLimiter rate;
  private final Map<String, ChannelState> channels = new ConcurrentHashMap<>();
  private volatile Caller caller = Caller.ANONYMOUS;
  private volatile long lastHeardNanos = System.nanoTime();
  private int refusedInRow;

  private final BiConsumer<ClientSession, String> resync;

  /**
   * @param resync catches a channel up afresh after its history was lost; run on this lane
   */
  ClientSession(
      Session session,
      HubSettings settings,
      Executor threads,
      ScheduledExecutorService timer,
      BiConsumer<ClientSession, String> resync) {
    this.session = session;
    this.resync = resync;
    this.timer = timer;
    this.outbox = new Outbox<>(settings.sendQueue(), SessionLinks.of(session, this::flush));
    this.lane = new SerialExecutor(threads);
    this.rate = new RateLimiter(settings.messagesPerSecond(), settings.burst(), System.nanoTime());
  }

  @Override
  public String id() {
    return session.getId();
  }

  /** Queues a message for sending; a client whose queue is full is closed so that it resumes. */
  void send(String message) {
    send(new WireFrame(message));
  }

  private void send(WireFrame frame) {
    if (!session.isOpen()) {
      return;
    }
    switch (outbox.offer(frame)) {
      case FULL ->
          close(CloseCodes.SLOW_CONSUMER, "send queue full: reconnect and resume with since");
      case QUEUED -> flushSoon();
      case WRITTEN -> {}
    }
  }

  /**
   * The connection is still writing an earlier frame (the client reads slowly, or its network is
   * slow): look again shortly, and hand over everything waiting in one write.
   */
  private void flushSoon() {
    if (flushPending.compareAndSet(false, true)) {
      try {
        timer.schedule(this::flushLater, FLUSH_RETRY_MS, TimeUnit.MILLISECONDS);
      } catch (RejectedExecutionException e) {
        flushPending.set(false); // shutting down
      }
    }
  }

  private void flushLater() {
    flushPending.set(false);
    if (session.isOpen() && outbox.flush()) {
      flushSoon();
    }
  }

  private void flush() {
    outbox.flush();
  }

  @Override
  public void deliver(Envelope update) {
    ChannelState state = channels.get(update.channel());
    if (state == null) {
      return;
    }
    synchronized (state) {
      if (state.held != null) {
        state.held.add(update);
        return;
      }
      if (update.seq() <= state.sentSeq) {
        return;
      }
      state.sentSeq = update.seq();
      send(WireFrame.of(update));
    }
  }

  /** Holds the channel's updates at once (they are of the new history), then catches up. */
  @Override
  public void historyLost(String channel) {
    if (restartSubscription(channel)) {
      lane.execute(() -> resync.accept(this, channel));
    }
  }

  /** Holds the channel's updates again, for a fresh start; false when it is not subscribed. */
  boolean restartSubscription(String channel) {
    return channels.computeIfPresent(channel, (c, old) -> new ChannelState()) != null;
  }

  /** Starts holding the channel's live updates; false when it is already subscribed. */
  boolean beginSubscription(String channel) {
    return channels.putIfAbsent(channel, new ChannelState()) == null;
  }

  /**
   * Sends the reply (and any replayed updates), then the held updates after {@code seq}, and lets
   * the channel's updates flow from then on.
   */
  void completeSubscription(String channel, long seq, String reply, List<Envelope> replayed) {
    ChannelState state = channels.get(channel);
    if (state == null) {
      return;
    }
    synchronized (state) {
      send(reply);
      state.sentSeq = seq - replayed.size();
      List<Envelope> next = new ArrayList<>(replayed);
      next.addAll(state.held);
      state.held = null;
      for (Envelope update : next) {
        if (update.seq() > state.sentSeq) {
          state.sentSeq = update.seq();
          send(new WireFrame(update.frame()));
        }
      }
    }
  }

  boolean endSubscription(String channel) {
    return channels.remove(channel) != null;
  }

  Set<String> channels() {
    return channels.keySet();
  }

  int channelCount() {
    return channels.size();
  }

  Caller caller() {
    return caller;
  }

  void caller(Caller caller) {
    this.caller = caller;
  }

  Executor lane() {
    return lane;
  }

  /** Counts a message from the client; false when it is over its rate. */
  boolean admit() {
    lastHeardNanos = System.nanoTime();
    if (rate.tryAcquire(lastHeardNanos)) {
      refusedInRow = 0;
      return true;
    }
    refusedInRow++;
    return false;
  }

  int refusedInRow() {
    return refusedInRow;
  }

  void heard() {
    lastHeardNanos = System.nanoTime();
  }

  long silentNanos(long nowNanos) {
    return nowNanos - lastHeardNanos;
  }

  Session session() {
    return session;
  }

  void close(CloseReason.CloseCode code, String reason) {
    try {
      if (session.isOpen()) {
        session.close(new CloseReason(code, reason));
      }
    } catch (IOException e) {
      LOG.log(Level.FINE, "closing " + id() + " failed", e);
    }
  }
}
