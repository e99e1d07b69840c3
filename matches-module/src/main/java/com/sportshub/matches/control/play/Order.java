package com.sportshub.matches.control.play;

import com.sportshub.matches.entity.EventFacts;
import com.sportshub.matches.entity.MatchCommandType;
import com.sportshub.matches.entity.Side;
import com.sportshub.matches.entity.StatisticsCounts;
import com.sportshub.matches.entity.Winner;
import java.time.Instant;
import java.util.Map;

/**
 * A command once read and checked for form: typed, with only what its type needs. For {@code
 * correct_event} the facts hold just what changes (null fields keep the event's values).
 */
public record Order(
    MatchCommandType type,
    String clientId,
    Integer minute,
    Integer stoppage,
    EventFacts facts,
    String eventId,
    Winner awardTo,
    Instant kickoff,
    Map<Side, StatisticsCounts> statistics) {

  public Order {
    statistics = statistics == null ? Map.of() : Map.copyOf(statistics);
  }

  /** A lifecycle command with nothing else. */
  public static Order of(MatchCommandType type, String clientId) {
    return new Order(type, clientId, null, null, null, null, null, null, null);
  }
}
