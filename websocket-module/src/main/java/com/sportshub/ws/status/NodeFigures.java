package com.sportshub.ws.status;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What one node holds now, for operators: its connections (and how many are authenticated), its
 * channels, the busiest of them, the subscriptions per kind of channel ({@code odds}, {@code race},
 * {@code match}...), since when it runs and whether it drains.
 */
public record NodeFigures(
    String node,
    Instant startedAt,
    int connections,
    int authenticated,
    int channels,
    int subscriptions,
    List<ChannelCount> busiest,
    Map<String, Integer> subscriptionsByKind,
    boolean draining) {

  /** A channel and its subscribers on this node. */
  public record ChannelCount(String channel, int subscribers) {}
}
