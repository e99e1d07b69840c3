package com.sportshub.matches.boundary;

import com.sportshub.matches.commands.MatchFixture;
import com.sportshub.matches.commands.PointsDeduction;
import com.sportshub.matches.commands.PointsRule;
import com.sportshub.matches.control.CatalogStore;
import com.sportshub.matches.control.MatchFixtures;
import com.sportshub.matches.control.MatchStore;
import com.sportshub.matches.control.MatchViews;
import com.sportshub.matches.control.RefereeRoster;
import com.sportshub.matches.control.TableStore;
import com.sportshub.matches.entity.Competition;
import com.sportshub.matches.entity.FootballMatch;
import com.sportshub.matches.entity.InvalidMatchInput;
import com.sportshub.matches.entity.MatchNotFound;
import com.sportshub.matches.entity.Season;
import com.sportshub.matches.entity.TieBreakRules;
import com.sportshub.matches.events.MatchChange;
import com.sportshub.matches.query.CompetitionView;
import com.sportshub.matches.query.MatchView;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * What admins do around matches: schedule fixtures, assign referees to them, deduct points, set a
 * competition's points rule and tie-break rules. Each in one transaction, published after commit.
 */
@Stateless
public class MatchAdministration {

  @Inject MatchFixtures fixtures;
  @Inject MatchStore matches;
  @Inject CatalogStore catalog;
  @Inject RefereeRoster roster;
  @Inject TableStore tableStore;
  @Inject OfficialTables tables;
  @Inject MatchNews news;

  /**
   * Schedules a match; {@code source} is recorded as where it came from.
   *
   * @throws InvalidMatchInput naming a bad field, or when the id is taken
   */
  public MatchView schedule(MatchFixture fixture, String source) {
    Instant now = Instant.now();
    if (fixture.matchId() != null && matches.find(fixture.matchId()).isPresent()) {
      throw new InvalidMatchInput("matchId", "is taken by another match");
    }
    FootballMatch match = fixtures.create(fixture, source, now);
    news.matchChanged(
        match, MatchChange.CREATED, match.status(), false, null, List.of(), null, now);
    return MatchViews.of(match);
  }

  /** Lets the referee control the match; true when newly assigned. */
  public boolean assign(String matchId, String referee, String admin) {
    requireMatch(matchId);
    if (referee == null || referee.isBlank() || referee.length() > 128) {
      throw new InvalidMatchInput("referee", "must be a subject of 1 to 128 characters");
    }
    return roster.assign(matchId, referee, admin, Instant.now());
  }

  /** Withdraws the referee from the match; true when they were assigned. */
  public boolean withdraw(String matchId, String referee) {
    requireMatch(matchId);
    return roster.withdraw(matchId, referee);
  }

  /** Deducts points from a team in a season (the current one when {@code season} is null). */
  public void deduct(String code, String season, PointsDeduction deduction) {
    Instant now = Instant.now();
    Competition competition =
        catalog.competition(code).orElseThrow(() -> new MatchNotFound("competition " + code));
    String seasonId = season == null ? competition.currentSeason() : Season.idOf(code, season);
    if (seasonId == null || catalog.season(seasonId).isEmpty()) {
      throw new MatchNotFound("season " + season + " of " + code);
    }
    tableStore.deduct(seasonId, deduction, now);
    tables.store(code, seasonId, now);
    news.standingsChanged(code, seasonId, now);
  }

  /** Sets a competition's name, points rule and tie-break rules, creating it when new. */
  public CompetitionView rules(String code, String name, PointsRule points, String tieBreak) {
    Instant now = Instant.now();
    TieBreakRules rules;
    try {
      rules = TieBreakRules.valueOf(tieBreak.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new InvalidMatchInput(
          "tieBreak", "must be PREMIER_LEAGUE, LA_LIGA or UEFA_GROUP_STAGE");
    }
    Competition competition = catalog.competitionForUpdate(code);
    competition.rules(points, rules);
    if (name != null && !name.isBlank()) {
      competition.rename(name);
    }
    if (competition.currentSeason() != null) {
      tables.store(code, competition.currentSeason(), now);
      news.standingsChanged(code, competition.currentSeason(), now);
    }
    return MatchViews.of(competition);
  }

  private void requireMatch(String matchId) {
    if (matches.find(matchId).isEmpty()) {
      throw new MatchNotFound("match " + matchId);
    }
  }
}
