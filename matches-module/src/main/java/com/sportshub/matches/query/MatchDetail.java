package com.sportshub.matches.query;

import java.util.List;

/** A match with all its events, in order, and its statistics. */
public record MatchDetail(MatchView match, List<MatchEventView> events, StatisticsView statistics) {

  public MatchDetail {
    events = List.copyOf(events);
  }
}
