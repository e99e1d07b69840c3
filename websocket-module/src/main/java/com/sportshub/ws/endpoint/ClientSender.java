package com.sportshub.ws.endpoint;

import com.sportshub.ws.hub.Outbox;
import com.sportshub.ws.hub.SlowConsumerPolicy;
import com.sportshub.ws.metrics.SenderCounters;
import com.sportshub.ws.transport.WireFrame;
import jakarta.websocket.CloseReason;
import jakarta.websocket.Session;
import java.io.IOException;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One client's outgoing frames: queued in its {@link Outbox}, written as the connection takes them,
 * and what happens when the client cannot keep up. A client whose queue backs up is conflated
 * ({@link SlowConsumerPolicy} decides when; the client's session says which channels it restarts);
 * one that cannot keep up even so, or whose queue fills, is closed with 4008, and resumes.
 */
final class ClientSender {

  private static final Logger LOG = Logger.getLogger(ClientSender.class.getName());
  private static final long FLUSH_RETRY_MS = 5;

  /** A client that backs up again this soon after a conflation that relieved it is closed. */
  private static final long CONFLATION_GRACE_NANOS = TimeUnit.SECONDS.toNanos(10);

  /** The longest a client being closed for slowness may take to read the write under way. */
  private static final long CLOSE_WAIT_NANOS = TimeUnit.SECONDS.toNanos(10);

  private static final long CLOSE_POLL_MS = 20;

  private final Session session;
  private final Outbox<WireFrame> outbox;
  private final SlowConsumerPolicy slowness = new SlowConsumerPolicy(CONFLATION_GRACE_NANOS);
  private final ScheduledExecutorService timer;
  private final Executor lane;
  private final AtomicBoolean flushPending = new AtomicBoolean();
  private final AtomicReference<CloseReason> closing = new AtomicReference<>();
  private final Supplier<Set<String>> restart;
  private final Consumer<Set<String>> catchUp;
  private final int backlogMark;
  private final SenderCounters counters;

  /**
   * @param lane the client's ordered lane, where conflation runs (it sends snapshots)
   * @param restart conflating, first: holds the updates of the client's channels with state and
   *     names them
   * @param catchUp conflating, once their queued updates are dropped: subscribes them afresh
   * @param links where the frames are written
   */
  ClientSender(
      Session session,
      ClientLinks links,
      HubSettings settings,
      ScheduledExecutorService timer,
      Executor lane,
      Supplier<Set<String>> restart,
      Consumer<Set<String>> catchUp,
      SenderCounters counters) {
    this.session = session;
    this.counters = counters;
    this.timer = timer;
    this.lane = lane;
    this.restart = restart;
    this.catchUp = catchUp;
    this.outbox =
        new Outbox<>(
            settings.sendQueue(),
            settings.conflateAt(),
            new CountedLink<>(links.of(session, this::flush), counters.framesWritten()));
    int mark = settings.conflateAt();
    this.backlogMark = mark > 0 && mark <= settings.sendQueue() ? mark : settings.sendQueue();
  }

  /** How many more frames the queue takes now before it backs up (and the client is conflated). */
  int room() {
    return Math.max(0, backlogMark - 1 - outbox.waiting());
  }

  private void flush() {
    outbox.flush();
  }

  /** Queues a frame; a client whose queue is full is closed so that it resumes. */
  void send(WireFrame frame) {
    if (!session.isOpen() || closing.get() != null) {
      return;
    }
    switch (outbox.offer(frame)) {
      case FULL -> {
        if (closeSlowConsumer("send queue full: reconnect and resume with since")) {
          counters.closedQueueFull().inc();
        }
      }
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
      case CLOSE -> {
        if (closeSlowConsumer("fell behind again after conflation: reconnect and resume")) {
          counters.closedBehind().inc();
        }
      }
      case CARRY_ON -> {}
    }
  }

  /**
   * Drops the queued updates of the channels restarted, before they are caught up (whatever is
   * queued after that is of their new start). Channels without state keep their queued messages:
   * nothing could stand in for them.
   */
  private void conflate() {
    counters.conflations().inc();
    boolean relieved = false;
    try {
      Set<String> restarted = restart.get();
      int dropped = outbox.removeIf(frame -> restarted.contains(frame.channel()));
      relieved = dropped > 0 && !outbox.backedUp();
      LOG.fine(() -> session.getId() + " fell behind: dropped " + dropped + " of " + restarted);
      catchUp.accept(restarted);
    } finally {
      slowness.conflated(relieved, System.nanoTime());
    }
  }

  /**
   * Closes with 4008 once the write under way is done, and queues nothing more. Tyrus drops a close
   * frame that it has to queue behind an unfinished write, so closing at once would leave a client
   * that reads again with a broken connection instead of the code that tells it to resume. A client
   * that reads nothing for {@link #CLOSE_WAIT_NANOS} is closed all the same. False when it was
   * being closed already.
   */
  private boolean closeSlowConsumer(String reason) {
    if (closing.compareAndSet(null, new CloseReason(CloseCodes.SLOW_CONSUMER, reason))) {
      outbox.removeIf(frame -> true);
      LOG.fine(() -> session.getId() + " is too slow: " + reason);
      closeWhenWritten(System.nanoTime() + CLOSE_WAIT_NANOS);
      return true;
    }
    return false;
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

  void close(CloseReason.CloseCode code, String reason) {
    try {
      if (session.isOpen()) {
        session.close(new CloseReason(code, reason));
      }
    } catch (IOException e) {
      LOG.log(Level.FINE, "closing " + session.getId() + " failed", e);
    }
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
}
