package com.sportshub.ws.endpoint;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
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
