package com.sportshub.ws.endpoint;

import com.sportshub.ws.broker.Envelope;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;

/**
 * A replay longer than the client's send queue has room for, queued a part at a time as the client
 * reads: queued whole, it would fill the queue and close a client that reads at full speed (4008),
 * which would then resume into the same replay. Used for channels no snapshot can stand in for
 * ({@code news}, {@code notice:*}, {@code user:*}); the channel's live updates stay held until the
 * replay is done, then follow in order.
 */
final class PacedReplay {

  private static final long LOOK_AGAIN_MS = 10;

  private final ClientChannels.Answer answer;
  private final List<Envelope> updates;
  private final IntSupplier room;
  private final Executor lane;
  private final ScheduledExecutorService timer;
  private int next;

  /**
   * @param room how many frames the client's queue takes now without backing up
   * @param lane the client's lane, where each part is queued
   */
  PacedReplay(
      ClientChannels.Answer answer,
      List<Envelope> updates,
      IntSupplier room,
      Executor lane,
      ScheduledExecutorService timer) {
    this.answer = answer;
    this.updates = updates;
    this.room = room;
    this.lane = lane;
    this.timer = timer;
  }

  /** Queues as much as there is room for, and looks again shortly for the rest. */
  void step() {
    int take = Math.min(room.getAsInt(), updates.size() - next);
    if (take > 0) {
      if (!answer.replay(updates.subList(next, next + take))) {
        return; // unsubscribed or restarted meanwhile
      }
      next += take;
    }
    if (next == updates.size()) {
      answer.finish();
      return;
    }
    try {
      timer.schedule(() -> lane.execute(this::step), LOOK_AGAIN_MS, TimeUnit.MILLISECONDS);
    } catch (RejectedExecutionException e) {
      // shutting down: the connection goes with it
    }
  }
}
