package com.sportshub.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the hub's own metrics as Prometheus scrapes them ({@code /metrics?scope=application}). */
final class Prometheus {

  private final Api api;

  Prometheus(PayaraMicro hub) {
    this.api = new Api(hub.base());
  }

  /** The text a scrape gets. */
  String scrape() throws Exception {
    Api.Response metrics = api.get("/metrics?scope=application");
    assertEquals(200, metrics.status(), metrics.body());
    return metrics.body();
  }

  /**
   * A metric's value (0 when absent), on the line holding every label of {@code labels} (comma
   * separated, as in {@code code="1003"}; "" for any line). Payara writes the labels in
   * alphabetical order, its own {@code mp_scope} among them, so each is looked for alone.
   */
  double value(String name, String labels) throws Exception {
    Matcher line =
        Pattern.compile("(?m)^" + name + "(?:\\{([^}]*)\\})? ([0-9.eE+-]+)$").matcher(scrape());
    while (line.find()) {
      String found = line.group(1) == null ? "" : line.group(1);
      if (Arrays.stream(labels.split(",")).allMatch(found::contains)) {
        return Double.parseDouble(line.group(2));
      }
    }
    return 0;
  }

  /** Waits up to 10 s for the metric to reach {@code least}; returns its last value. */
  double awaitAtLeast(String name, String label, double least) throws Exception {
    long deadline = System.nanoTime() + 10_000_000_000L;
    double now = value(name, label);
    while (now < least && System.nanoTime() < deadline) {
      Thread.sleep(100);
      now = value(name, label);
    }
    return now;
  }

  /** The lines of the hub's metrics whose name starts with {@code prefix}: for failure messages. */
  String lines(String prefix) throws Exception {
    return String.join("\n", scrape().lines().filter(l -> l.startsWith(prefix)).toList());
  }
}
