package com.sportshub.matches.boundary;

import com.sportshub.matches.control.CatalogStore;
import com.sportshub.matches.control.MatchViews;
import com.sportshub.matches.control.play.ScoreBoard;
import com.sportshub.matches.entity.Competition;
import com.sportshub.matches.entity.FootballMatch;
import com.sportshub.matches.entity.MatchEvent;
import com.sportshub.matches.entity.MatchStatus;
import com.sportshub.matches.events.MatchChange;
import com.sportshub.matches.events.MatchChanged;
import com.sportshub.matches.events.StandingsChanged;
import com.sportshub.matches.query.StatisticsView;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Fires the published events of a change, inside its transaction (observers that publish listen
 * after success, so a rolled-back change reaches no one), and tells whether the change touched the
 * live list and the competition's current table.
 */
@Dependent
public class MatchNews {

  @Inject CatalogStore catalog;
  @Inject Event<MatchChanged> matchChanged;
  @Inject Event<StandingsChanged> standingsChanged;

  /**
   * Fires {@link MatchChanged}.
   *
   * @param before the status before the change
   * @param scoreChanged whether the score changed
   * @param event the event added or corrected, or null
   * @param events all the match's events (for marking disallowed goals)
   * @param statistics the statistics, when they changed; else null
   */
  public void matchChanged(
      FootballMatch match,
      MatchChange change,
      MatchStatus before,
      boolean scoreChanged,
      MatchEvent event,
      List<MatchEvent> events,
      StatisticsView statistics,
      Instant now) {
    boolean live = before.live() || match.status().live();
    boolean tableMoved =
        change == MatchChange.CREATED
            || before.decided() != match.status().decided()
            || (scoreChanged && (live || match.status().decided()))
            || (before.live() != match.status().live());
    matchChanged.fire(
        new MatchChanged(
            UUID.randomUUID(),
            change,
            MatchViews.of(match),
            event == null ? null : MatchViews.of(event, ScoreBoard.disallowed(events)),
            statistics,
            live,
            tableMoved && current(match),
            now));
  }

  /** Fires {@link StandingsChanged} when the season is the competition's current one. */
  public void standingsChanged(String competition, String seasonId, Instant now) {
    boolean current =
        catalog.competition(competition).map(c -> seasonId.equals(c.currentSeason())).orElse(false);
    if (current) {
      standingsChanged.fire(
          new StandingsChanged(
              UUID.randomUUID(), competition, seasonId.substring(seasonId.indexOf(':') + 1), now));
    }
  }

  private boolean current(FootballMatch match) {
    return catalog
        .competition(match.competition())
        .map(Competition::currentSeason)
        .map(match.season()::equals)
        .orElse(false);
  }
}
