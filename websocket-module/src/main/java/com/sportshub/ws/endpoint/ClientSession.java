package com.sportshub.ws.endpoint;

import com.sportshub.ws.broker.Envelope;
import com.sportshub.ws.endpoint.Messages.Unasked;
import com.sportshub.ws.hub.RateLimiter;
import com.sportshub.ws.hub.SerialExecutor;
import com.sportshub.ws.hub.Subscriber;
import com.sportshub.ws.metrics.SenderCounters;
import com.sportshub.ws.transport.SessionLinks;
import com.sportshub.ws.transport.WireFrame;
import jakarta.websocket.CloseReason;
import jakarta.websocket.Session;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * One client's connection: its send queue, its channels, who it is, and its own ordered lane for
 * requests that may block (snapshots, replays), so they never run on a WebSocket I/O thread and
 * never overtake each other. Its channels, and what each is sent when, are {@link ClientChannels}.
 *
 * <p>What it sends goes through its {@link ClientSender}. A client whose queue backs up is
 * conflated: its channels with state are subscribed afresh, their queued updates dropped, so it
 * gets the current snapshot instead of the backlog. One that cannot keep up even so is closed, and
 * resumes.
 */
final class ClientSession implements Subscriber {

  /** Completes a subscription the hub restarted by itself; runs on the client's lane. */
  @FunctionalInterface
  interface Resubscribe {
    void resubscribe(ClientSession client, String channel, Unasked why);
  }

  private final Session session;
  private final ClientSender sender;
  private final Executor lane;
  private final RateLimiter rate;
  private final ClientChannels channels = new ClientChannels(this::send);
  private volatile Caller caller = Caller.ANONYMOUS;
  private volatile long lastHeardNanos = System.nanoTime();
  private final Heartbeat heartbeat;
  private int refusedInRow;

  private final Resubscribe resubscribe;
  private final ScheduledExecutorService timer;

  /**
   * @param resubscribe catches a channel up afresh after its history was lost or the client fell
   *     behind
   */
  ClientSession(
      Session session,
      HubSettings settings,
      Executor threads,
      ScheduledExecutorService timer,
      Resubscribe resubscribe,
      SenderCounters counters) {
    this.session = session;
    this.resubscribe = resubscribe;
    this.timer = timer;
    this.lane = new SerialExecutor(threads);
    this.sender =
        new ClientSender(
            session,
            SessionLinks::of,
            settings,
            timer,
            lane,
            this::restartChannelsWithState,
            this::catchUp,
            counters);
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
    sender.send(frame);
  }

  /** Conflating, first: holds the updates of every channel with state. Runs on the lane. */
  private Set<String> restartChannelsWithState() {
    Set<String> restarted = new HashSet<>();
    for (String channel : channels.names()) {
      if (Channels.hasState(channel) && channels.restart(channel)) {
        restarted.add(channel);
      }
    }
    return restarted;
  }

  /**
   * Conflating, once the sender dropped their queued updates: a {@code subscribed} with each
   * channel's current snapshot, after which its updates flow again.
   */
  private void catchUp(Set<String> restarted) {
    restarted.forEach(channel -> resubscribe.resubscribe(this, channel, Unasked.CONFLATED));
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

  /**
   * As {@link #completeSubscription}, for a replay longer than the send queue has {@link #room}
   * for: queued in parts as the client reads ({@link PacedReplay}).
   */
  void completeSubscriptionInParts(
      String channel, long seq, String reply, List<Envelope> replayed) {
    ClientChannels.Answer answer =
        channels.answer(channel, new WireFrame(reply), seq - replayed.size());
    if (answer != null) {
      new PacedReplay(answer, replayed, sender::room, lane, timer).step();
    }
  }

  /** Runs {@code task} on this client's lane after {@code millis}. */
  void later(long millis, Runnable task) {
    try {
      timer.schedule(() -> lane.execute(task), millis, TimeUnit.MILLISECONDS);
    } catch (RejectedExecutionException shuttingDown) {
      // the connection goes with the server
    }
  }

  /** How many more frames this client's queue takes now before it backs up. */
  int room() {
    return sender.room();
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
    sender.close(code, reason);
  }
}
