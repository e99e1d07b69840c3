package com.sportshub.microbench;

import com.sportshub.ws.broker.Envelope;
import com.sportshub.ws.broker.Publication;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Encoding one channel update into its {@code update} frame, as the broker does when it gives the
 * update its seq ({@link Publication#sequenced}, the channel name quoted by {@code JsonText}): the
 * payload is a race's {@code odds_update} moving 4 runners (550 bytes of data).
 *
 * <p>The hub encodes each update once and hands the same frame to every member of the channel.
 * {@link #encodeOncePerSession} is the contrast: what one update would cost if each of a
 * 1,000-member channel's sessions encoded its own frame, the reason the frame is built once.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class UpdateEncodingBenchmark {

  static final int CHANNEL_MEMBERS = 1_000;

  private Publication update;
  private long seq;

  @Setup
  public void prepare() {
    ChannelFixture race = ChannelFixture.RACE;
    update = new Publication(race.channel(), "odds_update", race.delta(0), 1_900_000_000_000L);
    String frame = update.sequenced(1).frame();
    if (!frame.startsWith("{\"type\":\"update\"") || !frame.contains(update.data())) {
      throw new IllegalStateException("not an update frame: " + frame);
    }
  }

  /** One update, one frame: what the hub pays per message. */
  @Benchmark
  public Envelope encodeOncePerChannel() {
    return update.sequenced(++seq);
  }

  /** One update, a frame per member of a 1,000-member channel: what the hub avoids. */
  @Benchmark
  public void encodeOncePerSession(Blackhole frames) {
    long next = ++seq;
    for (int member = 0; member < CHANNEL_MEMBERS; member++) {
      frames.consume(update.sequenced(next));
    }
  }
}
