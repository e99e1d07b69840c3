package com.sportshub.load;

import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * One subscriber: checks that its channel's seqs come one after another, and records each update's
 * latency from the moment the publisher meant to send it (one monotonic clock, this JVM).
 */
final class BenchClient implements WireConnection.Listener {

  final int group;
  final CompletableFuture<Void> subscribed = new CompletableFuture<>();
  private final Stats stats;
  private final Function<String, UpdateFrame> frames;
  private volatile long lastSeq = -1;
  private final long resumeFrom;
  private final long droppedNanos;
  volatile WireConnection socket;

  BenchClient(int group, Stats stats, Function<String, UpdateFrame> frames) {
    this(group, stats, frames, -1, 0);
  }

  /**
   * A client that takes over from one that was dropped at {@code droppedNanos} after seq {@code
   * resumeFrom}.
   */
  BenchClient(
      int group,
      Stats stats,
      Function<String, UpdateFrame> frames,
      long resumeFrom,
      long droppedNanos) {
    this.group = group;
    this.stats = stats;
    this.frames = frames;
    this.resumeFrom = resumeFrom;
    this.droppedNanos = droppedNanos;
  }

  /** The last seq this client saw (-1 before its subscription was answered). */
  long lastSeq() {
    return lastSeq;
  }

  /** Whether this client resumes a dropped one, and from which seq. */
  long resumeFrom() {
    return resumeFrom;
  }

  @Override
  public void onText(String frame) {
    UpdateFrame update = frames.apply(frame);
    if (update == null) {
      if (frame.startsWith("{\"type\":\"subscribed\"")) {
        subscribedTo(frame);
        subscribed.complete(null);
      } else if (frame.startsWith("{\"type\":\"error\"")) {
        subscribed.completeExceptionally(new IllegalStateException(frame));
      }
      return;
    }
    long now = System.nanoTime();
    stats.received.increment();
    if (lastSeq >= 0 && update.seq() > lastSeq + 1) {
      stats.gaps.add(update.seq() - lastSeq - 1);
    } else if (lastSeq >= 0 && update.seq() <= lastSeq) {
      stats.outOfOrder.increment();
    }
    lastSeq = Math.max(lastSeq, update.seq());
    if (!update.warmup()) {
      long micros = Math.max(0, (now - update.createdNanos()) / 1_000);
      stats.latencyMicros.recordValue(micros);
      stats.timeline.record(update.createdNanos(), micros);
    }
  }

  // A resumed client keeps its seq when the hub replays what it missed; a fresh snapshot restarts
  // it.
  private void subscribedTo(String frame) {
    if (resumeFrom < 0) {
      lastSeq = seqOf(frame);
      return;
    }
    stats.resumeMicros.recordValue((System.nanoTime() - droppedNanos) / 1_000);
    if (frame.contains("\"recovered\":true")) {
      stats.recovered.increment();
      lastSeq = resumeFrom;
    } else {
      stats.resnapshotted.increment();
      lastSeq = seqOf(frame);
    }
  }

  private static long seqOf(String frame) {
    int at = frame.indexOf("\"seq\":");
    long value = 0;
    for (int i = at + 6; at >= 0 && i < frame.length() && Character.isDigit(frame.charAt(i)); i++) {
      value = value * 10 + (frame.charAt(i) - '0');
    }
    return value;
  }

  @Override
  public void onClose(int code) {
    stats.closedByServer.increment();
  }

  @Override
  public void onError(Throwable error) {
    subscribed.completeExceptionally(error);
  }
}
