package com.sportshub.ws.endpoint;

import com.sportshub.ws.broker.Envelope;
import com.sportshub.ws.transport.WireFrame;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * One client's channels, and the order of what it is sent on each.
 *
 * <p>A channel being subscribed holds the live updates that arrive meanwhile; once the {@code
 * subscribed} reply (with its snapshot or replay) is queued, those with a higher seq follow and the
 * channel goes live. Each channel remembers the last seq sent, so no update is sent twice.
 */
final class ClientChannels {

  /**
   * Per channel: the last seq sent, or the updates held while the subscription completes. A state
   * replaced by a restart, or removed, is retired: a delivery that still holds it sends nothing.
   */
  private static final class State {
    long sentSeq;
    List<Envelope> held = new ArrayList<>();
    boolean retired;
  }

  private final Map<String, State> states = new ConcurrentHashMap<>();
  private final Consumer<WireFrame> queue;

  /**
   * @param queue the client's send queue; called under a channel's lock, so it must not block
   */
  ClientChannels(Consumer<WireFrame> queue) {
    this.queue = queue;
  }

  /** Queues an update of a live channel, holds it for one being subscribed, drops a repeat. */
  void deliver(Envelope update) {
    State state = states.get(update.channel());
    if (state == null) {
      return;
    }
    synchronized (state) {
      if (state.retired) {
        return; // the state that replaced it gets this update, or a snapshot that shows it
      }
      if (state.held != null) {
        state.held.add(update);
        return;
      }
      if (update.seq() <= state.sentSeq) {
        return;
      }
      state.sentSeq = update.seq();
      queue.accept(WireFrame.of(update));
    }
  }

  /** Starts holding the channel's live updates; false when it is already subscribed. */
  boolean begin(String channel) {
    return states.putIfAbsent(channel, new State()) == null;
  }

  /**
   * Holds the channel's updates again, for a fresh start; false when it is not subscribed. Once
   * this returns, no update goes out through the channel's previous state.
   */
  boolean restart(String channel) {
    State[] replaced = new State[1];
    states.computeIfPresent(
        channel,
        (c, old) -> {
          replaced[0] = old;
          return new State();
        });
    retire(replaced[0]);
    return replaced[0] != null;
  }

  /**
   * Queues the reply (and any replayed updates), then the held updates after {@code seq}, and lets
   * the channel's updates flow from then on.
   */
  void complete(String channel, long seq, WireFrame reply, List<Envelope> replayed) {
    Answer answer = answer(channel, reply, seq - replayed.size());
    if (answer != null) {
      answer.replay(replayed);
      answer.finish();
    }
  }

  /**
   * Queues the reply to a subscription, its updates still held, for a replay queued in parts; null
   * when the channel is not subscribed.
   *
   * @param sentSeq the seq the reply leaves the client at (its snapshot's, or the replay's start)
   */
  Answer answer(String channel, WireFrame reply, long sentSeq) {
    State state = states.get(channel);
    if (state == null) {
      return null;
    }
    synchronized (state) {
      queue.accept(reply);
      state.sentSeq = sentSeq;
    }
    return new Answer(state);
  }

  /** A subscription being answered: its replay queued part by part, then its held updates. */
  final class Answer {

    private final State state;

    private Answer(State state) {
      this.state = state;
    }

    /**
     * Queues replayed updates; false, queueing nothing, when the subscription was restarted or
     * ended meanwhile (then what follows comes through its new state, or not at all).
     */
    boolean replay(List<Envelope> part) {
      synchronized (state) {
        if (state.retired) {
          return false;
        }
        part.forEach(update -> queueAfterSent(state, update));
        return true;
      }
    }

    /** Queues the updates held meanwhile after the last one sent, and lets the channel flow. */
    void finish() {
      synchronized (state) {
        if (state.retired || state.held == null) {
          return; // null when a later restart was completed first
        }
        List<Envelope> held = state.held;
        state.held = null;
        held.forEach(update -> queueAfterSent(state, update));
      }
    }
  }

  private void queueAfterSent(State state, Envelope update) {
    if (update.seq() > state.sentSeq) {
      state.sentSeq = update.seq();
      queue.accept(WireFrame.unshared(update));
    }
  }

  boolean end(String channel) {
    State removed = states.remove(channel);
    retire(removed);
    return removed != null;
  }

  Set<String> names() {
    return states.keySet();
  }

  int count() {
    return states.size();
  }

  private static void retire(State state) {
    if (state != null) {
      synchronized (state) {
        state.retired = true;
      }
    }
  }
}
