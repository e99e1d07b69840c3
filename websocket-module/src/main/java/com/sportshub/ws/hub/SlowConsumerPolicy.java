package com.sportshub.ws.hub;

/**
 * What to do about one client whose send queue backs up (reaches its mark): conflate it the first
 * time, so that it gets the latest state of its channels instead of the backlog; close it if it
 * backs up again soon after a conflation that had relieved it, since it cannot keep up even with
 * conflated state.
 *
 * <p>A conflation that left the queue backed up (its backlog is of channels without state, which
 * cannot be conflated) does not count against the client: it is closed only when its queue is full,
 * as before conflation existed. The caller closes on a full queue itself.
 *
 * <p>Thread-safe: frames are queued from the delivery lane and from the client's own lane.
 */
public final class SlowConsumerPolicy {

  /** What the caller should do now. */
  public enum Verdict {
    /** Nothing more: a conflation is under way, or the last one did not relieve the queue. */
    CARRY_ON,
    /** Replace the queued updates of the client's stateful channels with fresh snapshots. */
    CONFLATE,
    /** Close the connection: conflating did not help. */
    CLOSE
  }

  private final long graceNanos;
  private boolean conflating;
  private boolean conflatedBefore;
  private boolean relieved;
  private long conflatedAtNanos;

  /**
   * @param graceNanos how long after a conflation a new backlog closes the client
   */
  public SlowConsumerPolicy(long graceNanos) {
    this.graceNanos = graceNanos;
  }

  /**
   * The queue reached its mark. A {@link Verdict#CONFLATE} must be followed by {@link #conflated}.
   */
  public synchronized Verdict backedUp(long nowNanos) {
    if (conflating) {
      return Verdict.CARRY_ON;
    }
    if (conflatedBefore && nowNanos - conflatedAtNanos < graceNanos) {
      return relieved ? Verdict.CLOSE : Verdict.CARRY_ON;
    }
    conflating = true;
    return Verdict.CONFLATE;
  }

  /**
   * The conflation is done.
   *
   * @param relieved whether it took frames out and left the queue below its mark
   */
  public synchronized void conflated(boolean relieved, long nowNanos) {
    this.conflating = false;
    this.conflatedBefore = true;
    this.relieved = relieved;
    this.conflatedAtNanos = nowNanos;
  }
}
