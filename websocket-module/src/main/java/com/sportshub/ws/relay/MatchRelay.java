package com.sportshub.ws.relay;

import com.sportshub.matches.events.FeedStatusChanged;
import com.sportshub.matches.events.MatchChanged;
import com.sportshub.matches.events.StandingsChanged;
import com.sportshub.matches.query.MatchJson;
import com.sportshub.matches.query.MatchQueries;
import com.sportshub.ws.broker.Publication;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;

/**
 * Publishes the matches context's committed changes: every change of a match as {@code
 * match_update} on {@code match:{id}} at once, in commit order; and, read afresh after the commit,
 * the live list as {@code live_matches_update} on {@code matches:live}, the competition's live
 * table as {@code standings_update} on {@code standings:{code}} (both held to their channel rates),
 * and the feeds' status as {@code system_status} on {@code matches:live} when a feed's state
 * changed. Observed after success only: a rolled-back change never reaches a client.
 */
@ApplicationScoped
public class MatchRelay {

  @Inject ChannelRates channels;
  @Inject ChannelRefresh refresh;
  @Inject MatchQueries matches;

  void onMatchChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) MatchChanged change) {
    String data =
        MatchJson.update(
                change.change().wireName(), change.match(), change.event(), change.statistics())
            .build()
            .toString();
    channels.publish(
        new Publication(
            "match:" + change.match().matchId(),
            "match_update",
            data,
            change.occurredAt().toEpochMilli()));
    if (change.liveListChanged()) {
      refresh.request(
          MatchSnapshots.LIVE,
          "live_matches_update",
          true,
          () -> Optional.of(MatchJson.live(matches.live(), Instant.now()).build().toString()));
    }
    if (change.tableChanged()) {
      table(change.match().competition());
    }
  }

  void onStandingsChanged(
      @Observes(during = TransactionPhase.AFTER_SUCCESS) StandingsChanged change) {
    table(change.competition());
  }

  void onFeedStatusChanged(
      @Observes(during = TransactionPhase.AFTER_SUCCESS) FeedStatusChanged change) {
    refresh.request(
        MatchSnapshots.LIVE,
        "system_status",
        false,
        () -> Optional.of(MatchJson.systemStatus(matches.systemStatus()).build().toString()));
  }

  private void table(String competition) {
    refresh.request(
        MatchSnapshots.STANDINGS + competition,
        "standings_update",
        true,
        () ->
            matches
                .standings(competition, null, "total", true)
                .map(table -> MatchJson.standings(table).build().toString()));
  }
}
