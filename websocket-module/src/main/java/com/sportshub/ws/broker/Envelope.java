package com.sportshub.ws.broker;

/**
 * A sequenced update as it reaches every node.
 *
 * @param seq the channel's sequence number, exactly one more than the previous update's
 * @param frame the complete {@code update} message, encoded once for every client of the channel
 */
public record Envelope(String channel, long seq, String frame) {}
