package com.sportshub.ws.hub;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The frames waiting to be written to one client, at most {@code capacity} of them, with a mark
 * below that where the client counts as backed up.
 *
 * <p>A frame goes straight to the link when the link is free and nothing waits; otherwise it waits.
 * Whatever waits is handed over in one piece by the next {@link #flush()} that finds the link free,
 * so a client that fell behind gets its backlog in one write instead of one write per frame. A
 * client that lets the queue fill up is too slow to keep: {@link #offer} reports the overflow and
 * the caller deals with it, so one slow reader never holds memory or other clients back. Before
 * that, a frame queued at or past the mark is reported as {@link Offer#BACKLOGGED}, so the caller
 * may thin the queue out ({@link #removeIf}) while there is still room.
 *
 * @param <F> a frame, as the link writes it
 */
public final class Outbox<F> {

  /** The connection's writing end. Called under the outbox's lock, so never concurrently. */
  public interface Link<F> {

    /** True while an earlier write is still under way. */
    boolean busy();

    /** Starts writing these frames, in this order. */
    void write(List<F> frames);

    /**
     * True when the link itself reports the end of each write (so the outbox's owner flushes then);
     * false when the owner must look again later.
     */
    default boolean notifiesWhenFree() {
      return false;
    }
  }

  /** What became of an offered frame. */
  public enum Offer {
    WRITTEN,
    QUEUED,
    /** Queued, and at least {@code mark} frames are waiting now. */
    BACKLOGGED,
    /** Not queued: {@code capacity} frames are waiting already. */
    FULL
  }

  private final int capacity;
  private final int mark;
  private final Link<F> link;

  private final ArrayDeque<F> waiting = new ArrayDeque<>();

  /**
   * @param mark frames waiting from which an offer reports {@link Offer#BACKLOGGED}; 0 or more than
   *     {@code capacity} never does
   */
  public Outbox(int capacity, int mark, Link<F> link) {
    this.capacity = capacity;
    this.mark = mark <= 0 ? Integer.MAX_VALUE : mark;
    this.link = link;
  }

  /** Whether the link reports the end of each write; see {@link Link#notifiesWhenFree()}. */
  public boolean notifiesWhenFree() {
    return link.notifiesWhenFree();
  }

  public Offer offer(F frame) {
    synchronized (waiting) {
      if (waiting.isEmpty() && !link.busy()) {
        link.write(List.of(frame));
        return Offer.WRITTEN;
      }
      if (waiting.size() >= capacity) {
        return Offer.FULL;
      }
      waiting.add(frame);
      return waiting.size() >= mark ? Offer.BACKLOGGED : Offer.QUEUED;
    }
  }

  /** Takes the waiting frames that match out of the queue, the rest keeping their order. */
  public int removeIf(Predicate<? super F> unwanted) {
    synchronized (waiting) {
      int before = waiting.size();
      waiting.removeIf(unwanted);
      return before - waiting.size();
    }
  }

  /** Whether the link is still writing (a frame was handed over and is not written yet). */
  public boolean writing() {
    synchronized (waiting) {
      return link.busy();
    }
  }

  /** Whether at least {@code mark} frames are waiting. */
  public boolean backedUp() {
    synchronized (waiting) {
      return waiting.size() >= mark;
    }
  }

  /** Writes everything waiting if the link is free; true when frames are still waiting. */
  public boolean flush() {
    synchronized (waiting) {
      if (waiting.isEmpty()) {
        return false;
      }
      if (link.busy()) {
        return true;
      }
      List<F> all = new ArrayList<>(waiting);
      waiting.clear();
      link.write(all);
      return false;
    }
  }

  public int waiting() {
    synchronized (waiting) {
      return waiting.size();
    }
  }
}
