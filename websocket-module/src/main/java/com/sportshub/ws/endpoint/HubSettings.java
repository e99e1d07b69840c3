package com.sportshub.ws.endpoint;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The WebSocket's limits and timings, each a MicroProfile Config key (so an environment variable,
 * e.g. {@code HUB_WS_MAX_SUBSCRIPTIONS}). Read through methods: fields of a CDI proxy are not the
 * bean's.
 */
@ApplicationScoped
class HubSettings {

  @Inject
  @ConfigProperty(name = "hub.node")
  Optional<String> node;

  @Inject
  @ConfigProperty(name = "hub.ws.max-frame-bytes", defaultValue = "16384")
  int maxFrameBytes;

  @Inject
  @ConfigProperty(name = "hub.ws.max-subscriptions", defaultValue = "50")
  int maxSubscriptions;

  @Inject
  @ConfigProperty(name = "hub.ws.messages-per-second", defaultValue = "20")
  int messagesPerSecond;

  @Inject
  @ConfigProperty(name = "hub.ws.burst", defaultValue = "40")
  int burst;

  @Inject
  @ConfigProperty(name = "hub.ws.send-queue", defaultValue = "1024")
  int sendQueue;

  @Inject
  @ConfigProperty(name = "hub.ws.conflate-at")
  Optional<Integer> conflateAt;

  @Inject
  @ConfigProperty(name = "hub.ws.connections-per-user", defaultValue = "3")
  int connectionsPerUser;

  @Inject
  @ConfigProperty(name = "hub.ws.heartbeat-ms", defaultValue = "25000")
  long heartbeatMs;

  int maxFrameBytes() {
    return maxFrameBytes;
  }

  int maxSubscriptions() {
    return maxSubscriptions;
  }

  int messagesPerSecond() {
    return messagesPerSecond;
  }

  int burst() {
    return burst;
  }

  int sendQueue() {
    return sendQueue;
  }

  /** Frames waiting from which a client is conflated: half the send queue by default; 0 never. */
  int conflateAt() {
    return conflateAt.orElse(sendQueue / 2);
  }

  int connectionsPerUser() {
    return connectionsPerUser;
  }

  long heartbeatMs() {
    return heartbeatMs;
  }

  long heartbeatNanos() {
    return TimeUnit.MILLISECONDS.toNanos(heartbeatMs);
  }

  /**
   * Refuses, as the application starts, settings no connection could live with (a heartbeat of 0
   * would close every client as it opens, a send queue of 0 would refuse every frame), naming each
   * key that is wrong. Without this they failed each connection instead, with nothing in the log at
   * start.
   */
  void check() {
    List<String> wrong = new ArrayList<>();
    atLeast(wrong, "hub.ws.max-frame-bytes", maxFrameBytes, 256);
    atLeast(wrong, "hub.ws.max-subscriptions", maxSubscriptions, 1);
    atLeast(wrong, "hub.ws.messages-per-second", messagesPerSecond, 1);
    atLeast(wrong, "hub.ws.burst", burst, 1);
    atLeast(wrong, "hub.ws.send-queue", sendQueue, 1);
    atLeast(wrong, "hub.ws.connections-per-user", connectionsPerUser, 1);
    atLeast(wrong, "hub.ws.heartbeat-ms", heartbeatMs, 100);
    conflateAt
        .filter(at -> at < 0 || at > sendQueue)
        .ifPresent(
            at ->
                wrong.add(
                    "hub.ws.conflate-at is %d, not between 0 and hub.ws.send-queue (%d)"
                        .formatted(at, sendQueue)));
    if (!wrong.isEmpty()) {
      throw new IllegalStateException("WebSocket settings refused: " + String.join("; ", wrong));
    }
  }

  private static void atLeast(List<String> wrong, String key, long value, long least) {
    if (value < least) {
      wrong.add("%s is %d, at least %d".formatted(key, value, least));
    }
  }

  /** This node's name in {@code welcome}: configured, or host name and process id. */
  String node() {
    return node.filter(name -> !name.isBlank())
        .orElseGet(() -> ProcessHandle.current().pid() + "@" + hostName());
  }

  private static String hostName() {
    try {
      return java.net.InetAddress.getLocalHost().getHostName();
    } catch (java.net.UnknownHostException e) {
      return "localhost";
    }
  }
}
