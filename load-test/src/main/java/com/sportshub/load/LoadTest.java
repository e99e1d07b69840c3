package com.sportshub.load;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.HdrHistogram.Histogram;

/**
 * The load tool. Points N clients at a running hub, drives updates through its real write path, and
 * prints one result (Markdown row and JSON) when done. It stops by itself: every loop is bounded by
 * N, U × (warm-up + T), and {@code --max-runtime}.
 *
 * <pre>
 * java -jar load-test/target/load-test.jar --url http://127.0.0.1:8080 --server-pid 1234 \
 *      --workload relay --clients 5000 --groups 100 --rate 500 --duration 20
 * </pre>
 */
public final class LoadTest {

  private LoadTest() {}

  public static void main(String[] args) throws Exception {
    if (args.length == 1 && args[0].equals("header")) {
      System.out.println(Result.header());
      return;
    }
    if (args.length == 1 && args[0].equals("cpu-check")) {
      System.out.printf(java.util.Locale.ROOT, "%.0f%n", CpuCheck.bestMillis(5));
      return;
    }
    Settings settings = Settings.parse(args);
    ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor();
    watchdog.schedule(
        () -> {
          System.err.println("max runtime reached; stopping");
          System.exit(3);
        },
        settings.maxRuntimeSeconds(),
        TimeUnit.SECONDS);
    Result result;
    try {
      result = run(settings);
    } catch (Exception e) {
      // The watchdog's thread would keep a failed run's JVM alive until it fired.
      e.printStackTrace();
      Runtime.getRuntime().halt(2);
      return;
    }
    System.out.println(result.markdownRow());
    if (!result.writeLine().isEmpty()) {
      System.out.println(result.writeLine());
    }
    if (!result.resumeLine().isEmpty()) {
      System.out.println(result.resumeLine());
    }
    if (!result.slowestLine().isEmpty()) {
      System.out.println(result.slowestLine());
    }
    if (!result.liveHeapLine().isEmpty()) {
      System.out.println(result.liveHeapLine());
    }
    System.out.println(result.json());
    String out = System.getProperty("out", System.getenv().getOrDefault("LOAD_TEST_OUT", ""));
    if (!out.isBlank()) {
      Files.writeString(
          Path.of(out), result.json() + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
    System.out.flush();
    // halt, not exit: the watchdog's thread would otherwise keep the JVM alive until it fired.
    Runtime.getRuntime().halt(0);
  }

  static Result run(Settings settings) throws Exception {
    Stats stats = new Stats(settings.groups());
    ServerProcess server = new ServerProcess(settings.serverPid());
    Result result = new Result(settings);
    result.rssBeforeKb = server.rssKb();
    OddsIngest.Clock clock = OddsIngest.Clock.now();
    OddsFrames oddsFrames = new OddsFrames(clock);
    OddsIngest ingest = null;
    if (settings.workload().equals("odds")) {
      ingest = new OddsIngest(settings, stats, clock);
      ingest.createEvents();
    }
    boolean idle = settings.workload().equals("idle");
    if (idle) {
      result.liveHeapBeforeBytes = LiveHeap.bytes(settings.serverPid());
    }
    Function<String, UpdateFrame> frames =
        settings.workload().equals("odds") ? oddsFrames : UpdateFrame::parse;
    try (Fleet fleet = new Fleet(settings, stats, frames)) {
      result.connectTime = fleet.connectAndSubscribe();
      Thread.sleep(2_000);
      result.rssIdleKb = server.rssKb();
      if (idle) {
        result.liveHeapConnectedBytes = LiveHeap.bytes(settings.serverPid());
      }
      double serverCpuBefore = server.cpuSeconds();
      double ownCpuBefore = ServerProcess.ownCpuSeconds();
      long started = System.nanoTime();
      stats.latencyMicros.reset();
      long measuredFrom = started + TimeUnit.SECONDS.toNanos(settings.warmupSeconds());
      stats.timeline.start(measuredFrom, clock.wallAt(measuredFrom));
      PeakMemory peak = new PeakMemory(server);
      if (settings.workload().equals("relay")) {
        new RelayPublisher(settings, stats).run();
        drain(stats, Duration.ofSeconds(5));
      } else if (ingest != null) {
        oddsFrames.measureFrom(measuredFrom);
        ingest.run();
        drain(stats, Duration.ofSeconds(5));
      } else if (settings.workload().equals("storm")) {
        result.resume = storm(settings, stats, fleet);
        drain(stats, Duration.ofSeconds(5));
      } else if (settings.workload().equals("idle")) {
        Thread.sleep(TimeUnit.SECONDS.toMillis(settings.durationSeconds()));
      } else {
        throw new IllegalArgumentException("unknown workload " + settings.workload());
      }
      double seconds = (System.nanoTime() - started) / 1e9;
      result.rssPeakKb = peak.stop();
      result.serverCpuPercent = 100 * (server.cpuSeconds() - serverCpuBefore) / seconds;
      result.ownCpuPercent = 100 * (ServerProcess.ownCpuSeconds() - ownCpuBefore) / seconds;
      result.measuredSeconds = seconds;
    }
    Thread.sleep(1_000);
    result.rssAfterKb = server.rssKb();
    result.take(stats);
    return result;
  }

  /**
   * Relay publishing as usual; halfway through the measured time every client drops and resumes
   * with {@code since}. Nothing may be lost or out of order across the drop.
   */
  private static Duration storm(Settings settings, Stats stats, Fleet fleet) throws Exception {
    RelayPublisher publisher = new RelayPublisher(settings, stats);
    Thread publishing =
        new Thread(
            () -> {
              try {
                publisher.run();
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            },
            "storm-publisher");
    publishing.start();
    Thread.sleep(
        TimeUnit.SECONDS.toMillis(settings.warmupSeconds() + settings.durationSeconds() / 2));
    Duration storm = fleet.dropAndResumeAll();
    publishing.join(TimeUnit.SECONDS.toMillis(settings.durationSeconds() + 60L));
    return storm;
  }

  /** Waits, at most {@code limit}, for the deliveries still on their way. */
  private static void drain(Stats stats, Duration limit) throws InterruptedException {
    long deadline = System.nanoTime() + limit.toNanos();
    long before = -1;
    while (System.nanoTime() < deadline && stats.received.sum() < stats.expected()) {
      if (stats.received.sum() == before) {
        Thread.sleep(200);
      }
      before = stats.received.sum();
      Thread.sleep(50);
    }
  }

  /** Samples the server's resident memory every 200 ms while a workload runs. */
  private static final class PeakMemory {
    private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
    private volatile long peakKb;

    PeakMemory(ServerProcess server) {
      sampler.scheduleAtFixedRate(
          () -> peakKb = Math.max(peakKb, server.rssKb()), 0, 200, TimeUnit.MILLISECONDS);
    }

    long stop() {
      sampler.shutdownNow();
      return peakKb;
    }
  }

  static String percentiles(Histogram h, double scale) {
    return "%.2f / %.2f / %.2f / %.2f"
        .formatted(
            h.getValueAtPercentile(50) / scale,
            h.getValueAtPercentile(90) / scale,
            h.getValueAtPercentile(99) / scale,
            h.getMaxValue() / scale);
  }
}
