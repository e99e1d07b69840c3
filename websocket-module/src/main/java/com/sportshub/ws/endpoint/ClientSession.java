package com.sportshub.ws.endpoint;

import com.sportshub.ws.broker.Envelope;
import com.sportshub.ws.endpoint.Messages.Unasked;
import com.sportshub.ws.hub.Outbox;
import com.sportshub.ws.hub.RateLimiter;
import com.sportshub.ws.hub.SerialExecutor;
import com.sportshub.ws.hub.SlowConsumerPolicy;
import com.sportshub.ws.hub.Subscriber;
import jakarta.websocket.CloseReason;
import jakarta.websocket.Session;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One client's connection: its send queue, its channels, who it is, and its own ordered lane for
 * requests that may block (snapshots, replays), so they never run on a WebSocket I/O thread and
 * never overtake each other. Its channels, and what each is sent when, are {@link ClientChannels}.
 *
 * <p>A client whose queue backs up is conflated ({@link SlowConsumerPolicy} decides when): its
 * channels with state are subscribed afresh, their queued updates dropped, so it gets the current
 * snapshot instead of the backlog. One that cannot keep up even so is closed, and resumes.
 */
final class ClientSession implements Subscriber {

  private static final Logger LOG = Logger.getLogger(ClientSession.class.getName());
  private static final long FLUSH_RETRY_MS = 5;

  /** A client that backs up again this soon after a conflation that relieved it is closed. */
  private static final long CONFLATION_GRACE_NANOS = TimeUnit.SECONDS.toNanos(10);

  /** The longest a client being closed for slowness may take to read the write under way. */
  private static final long CLOSE_WAIT_NANOS = TimeUnit.SECONDS.toNanos(10);

  private static final long CLOSE_POLL_MS = 20;

  /** Completes a subscription the hub restarted by itself; runs on the client's lane. */
  @FunctionalInterface
  interface Resubscribe {
    void resubscribe(ClientSession client, String channel, Unasked why);
  }

  private final Session session;
  private final Outbox<WireFrame> outbox;
  private final SlowConsumerPolicy slowness = new SlowConsumerPolicy(CONFLATION_GRACE_NANOS);
  private final ScheduledExecutorService timer;
  private final AtomicBoolean flushPending = new AtomicBoolean();
  private final AtomicReference<CloseReason> closing = new AtomicReference<>();
  private final Executor lane;
  private final RateLimiter rate;
  private final ClientChannels channels = new ClientChannels(this::send);
  private volatile Caller caller = Caller.ANONYMOUS;
  private volatile long lastHeardNanos = System.nanoTime();
  private final Heartbeat heartbeat;
  private int refusedInRow;

  private final Resubscribe resubscribe;

  /**
   * @param resubscribe catches a channel up afresh after its history was lost or the client fell
   *     behind
   */
  ClientSession(
      Session session,
      HubSettings settings,
      Executor threads,
      ScheduledExecutorService timer,
      Resubscribe resubscribe) {
    this.session = session;
    this.resubscribe = resubscribe;
    this.timer = timer;
    this.outbox =
        new Outbox<>(
            settings.sendQueue(), settings.conflateAt(), SessionLinks.of(session, this::flush));
    this.lane = new SerialExecutor(threads);
    this.rate = new RateLimiter(settings.messagesPerSecond(), settings.burst(), System.nanoTime());
    long period = settings.heartbeatNanos();
    this.heartbeat =
        new Heartbeat(period, lastHeardNanos, ThreadLocalRandom.current().nextLong(period));
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
    if (!session.isOpen() || closing.get() != null) {
      return;
    }
    switch (outbox.offer(frame)) {
      case FULL -> closeSlowConsumer("send queue full: reconnect and resume with since");
      case BACKLOGGED -> {
        flushSoonUnlessTold();
        fellBehind();
      }
      case QUEUED -> flushSoonUnlessTold();
      case WRITTEN -> {}
    }
  }

  /**
   * Called on whatever thread queued the frame, perhaps under a channel's lock: the conflation
   * itself (snapshots) runs on the lane.
   */
  private void fellBehind() {
    switch (slowness.backedUp(System.nanoTime())) {
      case CONFLATE -> {
        try {
          lane.execute(this::conflate);
        } catch (RejectedExecutionException e) {
          slowness.conflated(false, System.nanoTime()); // shutting down
        }
      }
      case CLOSE -> closeSlowConsumer("fell behind again after conflation: reconnect and resume");
      case CARRY_ON -> {}
    }
  }

  /**
   * Subscribes every channel with state afresh: holds its updates, drops those still queued, and
   * sends a {@code subscribed} with the current snapshot, after which updates flow again. Channels
   * without state keep their queued messages: nothing could stand in for them.
   */
  private void conflate() {
    boolean relieved = false;
    try {
      Set<String> restarted = new HashSet<>();
      for (String channel : channels.names()) {
        if (Channels.hasState(channel) && channels.restart(channel)) {
          restarted.add(channel);
        }
      }
      int dropped = outbox.removeIf(frame -> restarted.contains(frame.channel()));
      relieved = dropped > 0 && !outbox.backedUp();
      LOG.fine(() -> id() + " fell behind: dropped " + dropped + " updates of " + restarted);
      restarted.forEach(channel -> resubscribe.resubscribe(this, channel, Unasked.CONFLATED));
    } finally {
      slowness.conflated(relieved, System.nanoTime());
    }
  }

  /**
   * Closes with 4008 once the write under way is done, and queues nothing more. Tyrus drops a close
   * frame that it has to queue behind an unfinished write, so closing at once would leave a client
   * that reads again with a broken connection instead of the code that tells it to resume. A client
   * that reads nothing for {@link #CLOSE_WAIT_NANOS} is closed all the same.
   */
  private void closeSlowConsumer(String reason) {
    if (closing.compareAndSet(null, new CloseReason(CloseCodes.SLOW_CONSUMER, reason))) {
      outbox.removeIf(frame -> true);
      LOG.fine(() -> id() + " is too slow: " + reason);
      closeWhenWritten(System.nanoTime() + CLOSE_WAIT_NANOS);
    }
  }

  private void closeWhenWritten(long deadlineNanos) {
    if (outbox.writing() && System.nanoTime() - deadlineNanos < 0) {
      try {
        timer.schedule(() -> closeWhenWritten(deadlineNanos), CLOSE_POLL_MS, TimeUnit.MILLISECONDS);
        return;
      } catch (RejectedExecutionException e) {
        // shutting down: close now
      }
    }
    CloseReason reason = closing.get();
    close(reason.getCloseCode(), reason.getReasonPhrase());
  }

  /**
   * A link that reports the end of each write flushes the outbox then; polling it as well would
   * schedule a task per waiting client every few milliseconds, which is what a hub that fell behind
   * can least afford.
   */
  private void flushSoonUnlessTold() {
    if (!outbox.notifiesWhenFree()) {
      flushSoon();
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
    channels.deliver(update);
  }

  /** Holds the channel's updates at once (they are of the new history), then catches up. */
  @Override
  public void historyLost(String channel) {
    if (channels.restart(channel)) {
      lane.execute(() -> resubscribe.resubscribe(this, channel, Unasked.RESET));
    }
  }

  /** Holds the channel's updates again, for a fresh start; false when it is not subscribed. */
  boolean restartSubscription(String channel) {
    return channels.restart(channel);
  }

  /** Starts holding the channel's live updates; false when it is already subscribed. */
  boolean beginSubscription(String channel) {
    return channels.begin(channel);
  }

  /**
   * Sends the reply (and any replayed updates), then the held updates after {@code seq}, and lets
   * the channel's updates flow from then on.
   */
  void completeSubscription(String channel, long seq, String reply, List<Envelope> replayed) {
    channels.complete(channel, seq, new WireFrame(reply), replayed);
  }

  boolean endSubscription(String channel) {
    return channels.end(channel);
  }

  Set<String> channels() {
    return channels.names();
  }

  int channelCount() {
    return channels.count();
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

  /** True when this client's next heartbeat ping is due (see {@link Heartbeat}). */
  boolean pingDue(long nowNanos) {
    return heartbeat.pingDue(nowNanos);
  }

  /** Queues a WebSocket ping behind whatever waits, so it costs what a frame costs. */
  void ping() {
    send(WireFrame.PING);
  }

  void heard() {
    lastHeardNanos = System.nanoTime();
  }

  /** Whether the client has said nothing, not even a pong, for two heartbeats. */
  boolean tooLongSilent(long nowNanos) {
    return heartbeat.tooLongSilent(nowNanos - lastHeardNanos);
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
