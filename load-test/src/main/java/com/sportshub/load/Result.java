package com.sportshub.load;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.HdrHistogram.Histogram;

/** What one run measured, as a Markdown table row and as one JSON line. */
final class Result {

  private final Settings settings;
  Duration connectTime = Duration.ZERO;
  long rssBeforeKb = -1;
  long rssIdleKb = -1;
  long rssPeakKb = -1;
  long rssAfterKb = -1;
  long liveHeapBeforeBytes = -1;
  long liveHeapConnectedBytes = -1;
  double serverCpuPercent = -1;
  double ownCpuPercent = -1;
  double measuredSeconds;
  long connected;
  long connectFailures;
  long accepted;
  long refused;
  long expected;
  long received;
  long gaps;
  long outOfOrder;
  long closedByServer;
  Histogram latency;
  Histogram connect;
  Duration resume;
  long recovered;
  long resnapshotted;
  Histogram resumeLatency;
  long writes;
  Histogram writeLatency;
  List<Timeline.Second> slowest = List.of();
  Timeline.LateSeconds lateSeconds = new Timeline.LateSeconds(0, 0);

  Result(Settings settings) {
    this.settings = settings;
  }

  void take(Stats stats) {
    connected = stats.connected.sum();
    connectFailures = stats.connectFailures.sum();
    accepted = stats.accepted.sum();
    refused = stats.refused.sum();
    expected = stats.expected();
    received = stats.received.sum();
    gaps = stats.gaps.sum();
    outOfOrder = stats.outOfOrder.sum();
    closedByServer = stats.closedByServer.sum();
    latency = stats.latencyMicros.getIntervalHistogram();
    connect = stats.connectMicros.getIntervalHistogram();
    recovered = stats.recovered.sum();
    resnapshotted = stats.resnapshotted.sum();
    resumeLatency = stats.resumeMicros.getIntervalHistogram();
    writes = stats.writes.sum();
    writeLatency = stats.writeMicros.getIntervalHistogram();
    slowest = stats.timeline.slowest(3);
    lateSeconds = stats.timeline.lateSeconds();
  }

  /**
   * The seconds of the run (by due time) with the slowest deliveries, and in how many seconds
   * anything was over 100 ms: a few bad seconds are a stall, many are a queue.
   */
  String slowestLine() {
    if (slowest.isEmpty()) {
      return "";
    }
    StringBuilder line =
        new StringBuilder(
            "slowest seconds (due time, UTC): %d of %d seconds had a delivery over %d ms;"
                .formatted(lateSeconds.late(), lateSeconds.of(), Timeline.LATE_MICROS / 1000));
    for (Timeline.Second s : slowest) {
      line.append(
          " %s (+%d s) max %.1f ms, %d over;"
              .formatted(
                  DateTimeFormatter.ISO_LOCAL_TIME.format(
                      s.began().atOffset(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS)),
                  s.index(),
                  s.maxMicros() / 1000.0,
                  s.late()));
    }
    return line.substring(0, line.length() - 1);
  }

  /**
   * The write requests (warm-up included): how many, how big, how long from sent to answered. Tells
   * a hub slow to accept writes from one slow to deliver them.
   */
  String writeLine() {
    if (writes == 0) {
      return "";
    }
    return "writes: %d requests, %.1f updates each; request p50 / p99 / max %.1f / %.1f / %.1f ms"
        .formatted(
            writes,
            (accepted + refused) / (double) writes,
            millis(writeLatency, 50),
            millis(writeLatency, 99),
            millis(writeLatency, 100));
  }

  /**
   * What each open connection holds in the server's heap (live objects after a full collection,
   * with the clients connected against before), or an empty string where it was not read.
   */
  String liveHeapLine() {
    if (liveHeapBeforeBytes < 0 || liveHeapConnectedBytes < 0 || connected == 0) {
      return "";
    }
    return "live heap after full GC: %.0f MB before connecting, %.0f MB with %d open: %.1f KB a connection"
        .formatted(
            liveHeapBeforeBytes / 1e6,
            liveHeapConnectedBytes / 1e6,
            connected,
            (liveHeapConnectedBytes - liveHeapBeforeBytes) / 1024.0 / connected);
  }

  /** The resume storm's own figures, or an empty string for other workloads. */
  String resumeLine() {
    if (resume == null) {
      return "";
    }
    return ("resume storm: %d clients back in %.1f s; %d recovered from the history, %d given a"
            + " fresh snapshot; drop to answer p50 / p99 / max %.0f / %.0f / %.0f ms")
        .formatted(
            recovered + resnapshotted,
            resume.toMillis() / 1000.0,
            recovered,
            resnapshotted,
            millis(resumeLatency, 50),
            millis(resumeLatency, 99),
            millis(resumeLatency, 100));
  }

  /** A percentile (100: the maximum) of a histogram of microseconds, in milliseconds. */
  private static double millis(Histogram micros, double percentile) {
    return (percentile >= 100 ? micros.getMaxValue() : micros.getValueAtPercentile(percentile))
        / 1000.0;
  }

  long lost() {
    return Math.max(0, expected - received);
  }

  static String header() {
    return "| label | workload | N | G | U/s | T s | connected | accepted | deliveries/s | lost | gaps"
        + " | out of order | latency p50 / p90 / p99 / max ms | connect p50 / p99 ms"
        + " | server RSS idle → peak MB | server CPU % | tool CPU % |\n"
        + "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|";
  }

  String markdownRow() {
    return "| %s | %s | %d | %d | %d | %d | %d | %d | %.0f | %d | %d | %d | %s | %.1f / %.1f | %d → %d | %.0f | %.0f |"
        .formatted(
            settings.label(),
            settings.workload(),
            settings.clients(),
            settings.groups(),
            settings.rate(),
            settings.durationSeconds(),
            connected,
            accepted,
            received / Math.max(1, measuredSeconds),
            lost(),
            gaps,
            outOfOrder,
            LoadTest.percentiles(latency, 1000.0),
            millis(connect, 50),
            millis(connect, 99),
            rssIdleKb / 1024,
            rssPeakKb / 1024,
            serverCpuPercent,
            ownCpuPercent);
  }

  String json() {
    return ("{\"label\":\"%s\",\"workload\":\"%s\",\"clients\":%d,\"groups\":%d,\"rate\":%d,"
            + "\"duration\":%d,\"connected\":%d,\"connectFailures\":%d,\"accepted\":%d,\"refused\":%d,"
            + "\"expected\":%d,\"received\":%d,\"lost\":%d,\"gaps\":%d,\"outOfOrder\":%d,"
            + "\"closedByServer\":%d,\"p50Ms\":%.3f,\"p90Ms\":%.3f,\"p99Ms\":%.3f,\"maxMs\":%.3f,"
            + "\"connectP50Ms\":%.3f,\"connectP99Ms\":%.3f,\"connectSeconds\":%.1f,"
            + "\"rssBeforeKb\":%d,\"rssIdleKb\":%d,\"rssPeakKb\":%d,\"rssAfterKb\":%d,"
            + "\"liveHeapBeforeBytes\":%d,\"liveHeapConnectedBytes\":%d,"
            + "\"serverCpuPercent\":%.1f,\"toolCpuPercent\":%.1f,\"seconds\":%.1f,"
            + "\"resumeSeconds\":%.1f,\"recovered\":%d,\"resnapshotted\":%d,"
            + "\"writes\":%d,\"writeP50Ms\":%.3f,\"writeP99Ms\":%.3f,\"writeMaxMs\":%.3f}")
        .formatted(
            settings.label(),
            settings.workload(),
            settings.clients(),
            settings.groups(),
            settings.rate(),
            settings.durationSeconds(),
            connected,
            connectFailures,
            accepted,
            refused,
            expected,
            received,
            lost(),
            gaps,
            outOfOrder,
            closedByServer,
            millis(latency, 50),
            millis(latency, 90),
            millis(latency, 99),
            millis(latency, 100),
            millis(connect, 50),
            millis(connect, 99),
            connectTime.toMillis() / 1000.0,
            rssBeforeKb,
            rssIdleKb,
            rssPeakKb,
            rssAfterKb,
            liveHeapBeforeBytes,
            liveHeapConnectedBytes,
            serverCpuPercent,
            ownCpuPercent,
            measuredSeconds,
            resume == null ? 0 : resume.toMillis() / 1000.0,
            recovered,
            resnapshotted,
            writes,
            millis(writeLatency, 50),
            millis(writeLatency, 99),
            millis(writeLatency, 100));
  }
}
