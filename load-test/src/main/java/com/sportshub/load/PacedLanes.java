package com.sportshub.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Paces a workload's writes: write i is due at start + i/U, round robin over the groups, for
 * warm-up plus duration. Group g goes over lane g mod K with one request in flight per lane, so
 * each group's order is kept; whatever fell due while a request was in flight goes out in the next
 * batch (held up to {@code --linger} ms past its first write's due time for more). A write's due
 * time, not the time it was sent, is what latency is measured from, so a hub that is slow to accept
 * shows as latency (no coordinated omission).
 */
final class PacedLanes<T> {

  /** Makes write {@code index}, the {@code number}-th of its group, due at {@code dueNanos}. */
  interface Writes<T> {
    T write(long index, int group, long number, long dueNanos);
  }

  /** Sends one batch over its lane's connection; returns normally whatever the hub answered. */
  interface Sender<T> {
    void send(PlainHttp lane, List<Due<T>> batch);
  }

  /** A write with its group and the moment it fell due. */
  record Due<T>(int group, long dueNanos, T write) {}

  private final Settings settings;
  private final Stats stats;

  PacedLanes(Settings settings, Stats stats) {
    this.settings = settings;
    this.stats = stats;
  }

  /** Runs for warm-up plus duration; returns when every lane has sent what fell due. */
  void run(Writes<T> writes, Sender<T> sender) throws InterruptedException {
    List<LinkedBlockingQueue<Optional<Due<T>>>> lanes = new ArrayList<>();
    List<Thread> senders = new ArrayList<>();
    for (int i = 0; i < settings.lanes(); i++) {
      LinkedBlockingQueue<Optional<Due<T>>> lane = new LinkedBlockingQueue<>();
      lanes.add(lane);
      Thread thread = new Thread(() -> drain(lane, sender), "lane-" + i);
      thread.start();
      senders.add(thread);
    }
    long total = (long) settings.rate() * (settings.warmupSeconds() + settings.durationSeconds());
    long start = System.nanoTime();
    double intervalNanos = 1_000_000_000.0 / settings.rate();
    long[] perGroup = new long[settings.groups()];
    for (long i = 0; i < total; i++) {
      long due = start + (long) (i * intervalNanos);
      long wait = due - System.nanoTime();
      if (wait > 0) {
        TimeUnit.NANOSECONDS.sleep(wait);
      }
      int group = (int) (i % settings.groups());
      T write = writes.write(i, group, ++perGroup[group], due);
      lanes.get(group % lanes.size()).add(Optional.of(new Due<>(group, due, write)));
    }
    lanes.forEach(lane -> lane.add(Optional.empty()));
    for (Thread thread : senders) {
      thread.join(TimeUnit.SECONDS.toMillis(60));
    }
  }

  /** One lane's thread: its own kept-alive connection, one request in flight at a time. */
  private void drain(LinkedBlockingQueue<Optional<Due<T>>> lane, Sender<T> sender) {
    try (PlainHttp http = new PlainHttp(settings.url())) {
      drain(lane, sender, http);
    }
  }

  private void drain(LinkedBlockingQueue<Optional<Due<T>>> lane, Sender<T> sender, PlainHttp http) {
    List<Optional<Due<T>>> taken = new ArrayList<>();
    boolean last = false;
    while (!last) {
      try {
        Optional<Due<T>> first = lane.take();
        taken.add(first);
        if (first.isPresent()) {
          linger(first.get().dueNanos());
        }
      } catch (InterruptedException e) {
        return;
      }
      lane.drainTo(taken, settings.batch() - 1);
      last = taken.get(taken.size() - 1).isEmpty();
      List<Due<T>> batch = taken.stream().flatMap(Optional::stream).toList();
      if (!batch.isEmpty()) {
        long sent = System.nanoTime();
        sender.send(http, batch);
        stats.writeMicros.recordValue((System.nanoTime() - sent) / 1_000);
        stats.writes.increment();
      }
      taken.clear();
    }
  }

  private void linger(long firstDueNanos) throws InterruptedException {
    long wait =
        firstDueNanos + TimeUnit.MILLISECONDS.toNanos(settings.lingerMillis()) - System.nanoTime();
    if (wait > 0) {
      TimeUnit.NANOSECONDS.sleep(wait);
    }
  }
}
