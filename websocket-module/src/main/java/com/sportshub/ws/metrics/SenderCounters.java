package com.sportshub.ws.metrics;

import org.eclipse.microprofile.metrics.Counter;

/**
 * What a client's sender counts: frames written, conflations, and slow-consumer closes by why.
 * Handed to every connection, which keeps the references.
 */
public record SenderCounters(
    Counter framesWritten, Counter conflations, Counter closedQueueFull, Counter closedBehind) {

  /** Counts nothing; for unit tests. */
  public static SenderCounters discard() {
    return new SenderCounters(Discard.COUNTER, Discard.COUNTER, Discard.COUNTER, Discard.COUNTER);
  }
}
