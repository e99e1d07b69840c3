package com.sportshub.matches.control;

import com.sportshub.matches.entity.Competition;
import com.sportshub.matches.entity.FootballMatch;
import com.sportshub.matches.entity.MatchResult;
import com.sportshub.matches.entity.SeasonResults;
import com.sportshub.matches.entity.Standings;
import com.sportshub.matches.entity.TableType;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A season's tables from its stored matches, by the competition's points rule and tie-break rule
 * set. Every team with a match in the season is in the table, played or not.
 */
@Dependent
public class SeasonTables {

  @Inject MatchStore matches;
  @Inject TableStore tables;

  /** The table of the type; with {@code live}, matches in play count and make it provisional. */
  public Standings compute(Competition competition, String seasonId, TableType type, boolean live) {
    SeasonResults season =
        results(matches.ofSeason(seasonId), live).withDeductions(tables.deductions(seasonId));
    return calculator(competition).table(type, season);
  }

  /** Computes the season's official tables (decided matches only) and stores them. */
  public void storeOfficial(Competition competition, String seasonId, Instant now) {
    SeasonResults season =
        results(matches.ofSeason(seasonId), false).withDeductions(tables.deductions(seasonId));
    tables.replace(seasonId, calculator(competition).tables(season), now);
  }

  /** The season's results: decided in kick-off order, and (when {@code live}) those in play. */
  static SeasonResults results(List<FootballMatch> season, boolean live) {
    Set<String> teams = new LinkedHashSet<>();
    List<MatchResult> decided = new ArrayList<>();
    List<MatchResult> inPlay = new ArrayList<>();
    for (FootballMatch match : season) {
      teams.add(match.homeTeam().name());
      teams.add(match.awayTeam().name());
      TableResults.decided(match).ifPresent(decided::add);
      if (live) {
        TableResults.inPlay(match).ifPresent(inPlay::add);
      }
    }
    return new SeasonResults(teams, decided, inPlay, List.of());
  }

  private static StandingsCalculator calculator(Competition competition) {
    return new StandingsCalculator(competition.points(), competition.tieBreak());
  }
}
