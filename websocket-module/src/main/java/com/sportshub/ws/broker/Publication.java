package com.sportshub.ws.broker;

import java.util.Objects;

/**
 * An update to publish on a channel, before the broker has given it a sequence number.
 *
 * @param data the payload as JSON text, relayed to clients byte for byte (key order kept)
 * @param ts the publication time in epoch milliseconds
 * @param conflated whether it merges several changes that came faster than the channel's rate
 */
public record Publication(String channel, String event, String data, long ts, boolean conflated) {

  public Publication {
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(data, "data");
  }

  public Publication(String channel, String event, String data, long ts) {
    this(channel, event, data, ts, false);
  }

  /** The client frame up to the seq value: {@code {"type":"update","channel":"…","seq":}. */
  String frameHead() {
    return "{\"type\":\"update\",\"channel\":" + JsonText.quote(channel) + ",\"seq\":";
  }

  /** The client frame after the seq value. */
  String frameTail() {
    return ",\"event\":"
        + JsonText.quote(event)
        + ",\"data\":"
        + data
        + ",\"ts\":"
        + ts
        + (conflated ? ",\"conflated\":true}" : "}");
  }

  /**
   * The update as every node sends it to clients, once a seq is known. Public for the
   * micro-benchmarks, which measure this encoding; a pure function of the record.
   */
  public Envelope sequenced(long seq) {
    return new Envelope(channel, seq, frameHead() + seq + frameTail());
  }
}
