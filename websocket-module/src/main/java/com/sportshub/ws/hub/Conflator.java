package com.sportshub.ws.hub;

import com.sportshub.ws.broker.Publication;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Holds a channel to at most one update per interval. A change that comes sooner waits, merged
 * ({@link DeltaMerge}) with any others that follow, and goes out when the interval is up, marked
 * {@code conflated} if it merged several: the client always gets the latest state, never a stale
 * one, and never more than the channel's rate.
 */
public final class Conflator {

  /** Runs a task after a delay; a managed scheduled executor in the server, a fake in tests. */
  public interface Timer {
    void schedule(Runnable task, long delayMillis);
  }

  private static final class Channel {
    long lastSentAt = Long.MIN_VALUE / 2;
    List<Publication> held = new ArrayList<>();
  }

  private final long intervalMillis;
  private final Timer timer;
  private final LongSupplier clock;
  private final Consumer<Publication> out;
  private final Map<String, Channel> channels = new HashMap<>();
  private int offersSincePurge;

  public Conflator(
      long intervalMillis, Timer timer, LongSupplier clock, Consumer<Publication> out) {
    this.intervalMillis = intervalMillis;
    this.timer = timer;
    this.clock = clock;
    this.out = out;
  }

  /**
   * Sends now, or holds the update until the channel's interval is up. Cheap, since callers include
   * committing transactions: the merging happens when the held updates go out.
   */
  public synchronized void offer(Publication publication) {
    long now = clock.getAsLong();
    purgeIdle(now);
    Channel channel = channels.computeIfAbsent(publication.channel(), c -> new Channel());
    if (channel.held.isEmpty() && now - channel.lastSentAt >= intervalMillis) {
      channel.lastSentAt = now;
      out.accept(publication);
      return;
    }
    if (channel.held.isEmpty()) {
      timer.schedule(() -> flush(publication.channel()), channel.lastSentAt + intervalMillis - now);
    }
    channel.held.add(publication);
  }

  /**
   * Sends now, never merged, after whatever the channel holds (which goes out first, as at the end
   * of its interval): for updates each of which a client must see, such as a race's every status,
   * without letting them overtake the changes that came before them.
   */
  public synchronized void pass(Publication publication) {
    Channel channel = channels.get(publication.channel());
    if (channel != null && !channel.held.isEmpty()) {
      flush(publication.channel());
    }
    out.accept(publication);
  }

  /** Sends what the channel held: one update, marked conflated if it merges several. */
  synchronized void flush(String name) {
    Channel channel = channels.get(name);
    if (channel == null || channel.held.isEmpty()) {
      return;
    }
    List<Publication> held = channel.held;
    channel.held = new ArrayList<>();
    channel.lastSentAt = clock.getAsLong();
    out.accept(held.size() == 1 ? held.get(0) : merged(held));
  }

  private static Publication merged(List<Publication> held) {
    String data = held.get(0).data();
    for (Publication later : held.subList(1, held.size())) {
      data = DeltaMerge.merge(data, later.data());
    }
    Publication last = held.get(held.size() - 1);
    return new Publication(last.channel(), last.event(), data, last.ts(), true);
  }

  /** Forgets channels that have been quiet for a whole interval, now and then. */
  private void purgeIdle(long now) {
    if (++offersSincePurge < 1_000) {
      return;
    }
    offersSincePurge = 0;
    for (Iterator<Channel> it = channels.values().iterator(); it.hasNext(); ) {
      Channel channel = it.next();
      if (channel.held.isEmpty() && now - channel.lastSentAt >= intervalMillis) {
        it.remove();
      }
    }
  }
}
