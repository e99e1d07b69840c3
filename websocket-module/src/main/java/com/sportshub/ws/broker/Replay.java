package com.sportshub.ws.broker;

import java.util.List;

/**
 * What a channel still holds after a client's {@code since}.
 *
 * @param lastSeq the channel's newest seq (0 when nothing was ever published)
 * @param updates every update after {@code since}, in order, when {@code complete}
 * @param complete false when some of the updates after {@code since} are gone from the window, or
 *     {@code since} is ahead of the channel: the client then needs a fresh snapshot
 */
public record Replay(long lastSeq, List<Envelope> updates, boolean complete) {

  static Replay incomplete(long lastSeq) {
    return new Replay(lastSeq, List.of(), false);
  }
}
