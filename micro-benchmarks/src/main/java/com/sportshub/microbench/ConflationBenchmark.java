package com.sportshub.microbench;

import com.sportshub.ws.broker.Publication;
import com.sportshub.ws.hub.Conflator;
import com.sportshub.ws.hub.DeltaMerge;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Conflation of {@code odds_update} deltas of realistic size: a race of 12 runners (a delta moves
 * 4) and a football match's head-to-head market at 4 bookmakers x 3 outcomes (a delta moves one
 * bookmaker's 3 prices and the line's consensus).
 *
 * <p>{@link #mergeIntoFullState} is one {@link DeltaMerge#merge}: a delta into the state of every
 * price, parsing both and writing the result. {@link #conflateOneInterval} is a busy interval of a
 * {@link Conflator}: {@value #BURST} deltas arrive within it, the first goes out at once, the rest
 * are held and go out as one merged update when the interval's timer fires (3 merges). Both run on
 * the publishing side, once per channel, not per client; they matter because a race channel is held
 * to one update a second by default and every held update is merged on the way out.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ConflationBenchmark {

  static final int BURST = 5;
  private static final long INTERVAL_MILLIS = 1_000;

  @Param({"RACE", "ODDS_EVENT"})
  ChannelFixture channel;

  private String fullState;
  private String delta;
  private final List<Publication> burst = new ArrayList<>();
  private final List<Runnable> timers = new ArrayList<>();
  private final List<Publication> sent = new ArrayList<>();
  private long now;
  private Conflator conflator;

  @Setup
  public void prepare() {
    fullState = channel.fullState();
    delta = channel.delta(channel.parts());
    for (int step = 0; step < BURST; step++) {
      burst.add(new Publication(channel.channel(), "odds_update", channel.delta(step), step));
    }
    conflator =
        new Conflator(INTERVAL_MILLIS, (task, delay) -> timers.add(task), () -> now, sent::add);
    checkMeasuresWhatItSays();
  }

  private void checkMeasuresWhatItSays() {
    int merged = channel.elements(DeltaMerge.merge(fullState, delta));
    if (channel.elements(fullState) != ChannelFixture.PRICES || merged != ChannelFixture.PRICES) {
      throw new IllegalStateException("merging lost prices: " + merged);
    }
    Publication last = conflateOneInterval();
    if (sent.size() != 2
        || !last.conflated()
        || channel.elements(last.data()) != ChannelFixture.PRICES) {
      throw new IllegalStateException("not one immediate and one merged update: " + sent);
    }
  }

  /** One delta merged into the state of all 12 prices. */
  @Benchmark
  public String mergeIntoFullState() {
    return DeltaMerge.merge(fullState, delta);
  }

  /**
   * {@value #BURST} deltas within one interval in, an immediate and a merged update out; returns
   * the merged one.
   */
  @Benchmark
  public Publication conflateOneInterval() {
    sent.clear();
    now += 2 * INTERVAL_MILLIS;
    for (Publication update : burst) {
      conflator.offer(update);
      now += 100;
    }
    for (Runnable timer : timers) {
      timer.run();
    }
    timers.clear();
    return sent.get(sent.size() - 1);
  }
}
