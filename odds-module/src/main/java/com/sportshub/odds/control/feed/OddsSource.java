package com.sportshub.odds.control.feed;

import com.sportshub.odds.entity.FeedEvent;
import java.time.Instant;
import java.util.List;

/** A feed the publisher runs on its schedule: the simulator or a poller of a remote odds API. */
public interface OddsSource {

  /** A short name, recorded as the source of every price it sets. */
  String name();

  /** What changed since the last call (may be empty); called from one thread at a time. */
  List<FeedEvent> next(Instant now);

  /** The source's own state for operators (polling, backing off, quota, last error...). */
  String state();
}
