package com.sportshub.matches.control.feed;

import java.time.Instant;
import java.util.List;

/** A feed of match scores the hub polls: what to ask, and how to read the answers. */
public interface ScoreSource {

  /** The feed's name, recorded as the source of what it sets and as its sync status's name. */
  String name();

  /** The requests of one poll at {@code now}, one per competition. */
  List<FeedRequest> requests(Instant now);

  /**
   * The matches in an answer to the request.
   *
   * @throws com.sportshub.matches.entity.InvalidMatchInput when the answer cannot be read
   */
  List<FeedMatch> read(FeedRequest request, String body);
}
