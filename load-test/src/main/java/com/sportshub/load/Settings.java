package com.sportshub.load;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;

/**
 * What one run does, from the command line: {@code --name value} pairs, each with a default.
 *
 * @param url the hub, e.g. http://127.0.0.1:8080 (the tool talks to nothing else)
 * @param workload relay (broadcast write path), odds (feed ingest), storm (relay, and halfway every
 *     client drops and resumes with since) or idle (connections only)
 * @param rate updates per second, round-robin over the groups
 * @param lanes concurrent publishing connections; group g always goes over lane g mod lanes
 * @param lingerMillis how long a lane holds the first write of a batch, from its due time, for more
 *     to join it (0 by default: sent at once); a feed that batches does so, and the wait counts in
 *     the latency, which runs from the due time
 * @param bookmakers (odds) bookmakers quoting each event, so its book holds twice as many prices;
 *     each change moves one of them, in turn. 1 by default; real events have 20-40
 * @param warmupSeconds load at the full rate before the measured seconds: 10 by default, because
 *     the tool's own JIT took 41 % of a core in its first 8 s (4 % later), on the hub's machine
 */
record Settings(
    URI url,
    String workload,
    int clients,
    int groups,
    int rate,
    int durationSeconds,
    int warmupSeconds,
    int payloadBytes,
    int lanes,
    int lingerMillis,
    int batch,
    int bookmakers,
    int connectConcurrency,
    long serverPid,
    String label,
    String keyFile,
    int maxRuntimeSeconds,
    String runId) {

  static Settings parse(String[] args) {
    Map<String, String> given = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      if (!args[i].startsWith("--")) {
        throw new IllegalArgumentException("expected --name value, got " + args[i]);
      }
      given.put(args[i].substring(2), args[i + 1]);
    }
    Settings settings =
        new Settings(
            URI.create(given.getOrDefault("url", "http://127.0.0.1:8080")),
            given.getOrDefault("workload", "relay"),
            integer(given, "clients", 1_000),
            integer(given, "groups", 50),
            integer(given, "rate", 200),
            integer(given, "duration", 20),
            integer(given, "warmup", 10),
            integer(given, "payload-bytes", 256),
            integer(given, "lanes", 16),
            integer(given, "linger", 0),
            integer(given, "batch", 100),
            integer(given, "bookmakers", 1),
            integer(given, "connect-concurrency", 200),
            Long.parseLong(given.getOrDefault("server-pid", "0")),
            given.getOrDefault("label", ""),
            given.getOrDefault("key", "server-config/dev-keys/jwt-private.pem"),
            integer(given, "max-runtime", 600),
            Long.toHexString(System.currentTimeMillis()));
    if (!settings.url.getHost().equals("127.0.0.1")
        && !settings.url.getHost().equals("localhost")) {
      System.err.println("note: driving a hub that is not on this machine: " + settings.url);
    }
    return settings;
  }

  private static int integer(Map<String, String> given, String name, int fallback) {
    return Integer.parseInt(given.getOrDefault(name, String.valueOf(fallback)));
  }

  URI webSocket() {
    return URI.create("ws://" + url.getAuthority() + "/ws");
  }

  /** Group g's channel: a notice channel (relay, idle) or its event's odds channel (odds). */
  String channel(int group) {
    return workload.equals("odds") ? "odds:event:" + eventId(group) : "notice:bench-g" + group;
  }

  /** The odds workload's event of group g, new each run so that every run starts from one price. */
  String eventId(int group) {
    return "bench-" + runId + "-" + group;
  }
}
