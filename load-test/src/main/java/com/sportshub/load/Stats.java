package com.sportshub.load;

import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.Recorder;

/** Counters and histograms, shared by every client thread and the publisher. */
final class Stats {

  final Recorder latencyMicros = new Recorder(3);
  final Timeline timeline = new Timeline();
  final Recorder connectMicros = new Recorder(3);
  final LongAdder connected = new LongAdder();
  final LongAdder connectFailures = new LongAdder();
  final LongAdder received = new LongAdder();
  final LongAdder gaps = new LongAdder();
  final LongAdder outOfOrder = new LongAdder();
  final LongAdder closedByServer = new LongAdder();
  final LongAdder accepted = new LongAdder();

  /** Write requests (relay or odds) and how long each took, sent to answered. */
  final LongAdder writes = new LongAdder();

  final Recorder writeMicros = new Recorder(3);

  final LongAdder refused = new LongAdder();

  /** Resume storm: re-subscriptions answered with the missed updates, or with a fresh snapshot. */
  final LongAdder recovered = new LongAdder();

  final LongAdder resnapshotted = new LongAdder();

  /** Resume storm: from a client's drop to its re-subscription being answered. */
  final Recorder resumeMicros = new Recorder(3);

  final AtomicLongArray acceptedPerGroup;
  final AtomicLongArray subscribersPerGroup;

  Stats(int groups) {
    acceptedPerGroup = new AtomicLongArray(groups);
    subscribersPerGroup = new AtomicLongArray(groups);
  }

  /** Σ over groups of accepted updates × subscribers: what should have been received. */
  long expected() {
    long expected = 0;
    for (int g = 0; g < acceptedPerGroup.length(); g++) {
      expected += acceptedPerGroup.get(g) * subscribersPerGroup.get(g);
    }
    return expected;
  }
}
