package com.sportshub.microbench;

import com.sportshub.ws.broker.Envelope;
import com.sportshub.ws.hub.ChannelRegistry;
import com.sportshub.ws.hub.Subscriber;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * Handing one update to every member of a large channel: {@link ChannelRegistry#deliver}, as the
 * delivery lane calls it for each update the broker brings, on the lane's single thread.
 *
 * <p>Each member does what a client session does cheaply: drops an update whose seq it has already
 * sent and passes the frame on (to a {@link Blackhole}, where a session would queue it for its
 * socket). What it leaves out is the socket write, so this is the ceiling the registry itself puts
 * on deliveries per second per core; divide the time by {@code members} for one delivery.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ChannelFanoutBenchmark {

  @Param({"1000", "10000"})
  int members;

  private final ChannelRegistry registry = new ChannelRegistry();
  private String channel;
  private String frame;
  private long seq;

  /** A member that sends each update once, in seq order, as a client session does. */
  private static final class SeqCheckingMember implements Subscriber {
    private final String id;
    private final Blackhole socket;
    private long sentSeq;

    SeqCheckingMember(String id, Blackhole socket) {
      this.id = id;
      this.socket = socket;
    }

    @Override
    public String id() {
      return id;
    }

    @Override
    public void deliver(Envelope update) {
      if (update.seq() <= sentSeq) {
        return;
      }
      sentSeq = update.seq();
      socket.consume(update.frame());
    }

    @Override
    public void historyLost(String channel) {
      sentSeq = 0;
    }
  }

  @Setup
  public void join(Blackhole socket) {
    channel = ChannelFixture.RACE.channel();
    frame = ChannelFixture.RACE.delta(0);
    for (int i = 0; i < members; i++) {
      registry.join(channel, new SeqCheckingMember("session-" + i, socket));
    }
    int reached = registry.deliver(new Envelope(channel, ++seq, frame));
    if (reached != members) {
      throw new IllegalStateException(reached + " of " + members + " members reached");
    }
  }

  /** One update, already encoded, to every member; returns how many it reached. */
  @Benchmark
  public int deliverToEveryMember() {
    return registry.deliver(new Envelope(channel, ++seq, frame));
  }
}
