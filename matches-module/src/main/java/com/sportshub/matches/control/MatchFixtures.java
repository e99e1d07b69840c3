package com.sportshub.matches.control;

import com.sportshub.matches.commands.MatchFixture;
import com.sportshub.matches.entity.Competition;
import com.sportshub.matches.entity.FootballMatch;
import com.sportshub.matches.entity.InvalidMatchInput;
import com.sportshub.matches.entity.Season;
import com.sportshub.matches.entity.Team;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.regex.Pattern;

/**
 * Creates matches from fixtures: checks the fixture, and creates its competition (with the
 * catalogue's defaults), season and teams the first time they are named. A new season later than
 * the competition's current one becomes current.
 */
@Dependent
public class MatchFixtures {

  /** What a channel name allows ({@code match:{id}}), so every match has a channel. */
  private static final Pattern MATCH_ID = Pattern.compile("[A-Za-z0-9_.-]{1,64}");

  private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{1,16}");

  @Inject MatchStore matches;
  @Inject CatalogStore catalog;

  /**
   * @throws InvalidMatchInput naming the offending field
   */
  public FootballMatch create(MatchFixture fixture, String source, Instant now) {
    check(fixture);
    Competition competition = catalog.competitionForUpdate(fixture.competition());
    String label = fixture.season() != null ? fixture.season() : SeasonLabel.of(fixture.kickoff());
    Season season = catalog.season(competition, label);
    Team home = catalog.team(fixture.homeTeam(), null);
    Team away = catalog.team(fixture.awayTeam(), null);
    if (home.id().equals(away.id())) {
      throw new InvalidMatchInput("awayTeam", "must be another team than the home team");
    }
    MatchFixture stored =
        new MatchFixture(
            fixture.matchId(),
            competition.code(),
            season.label(),
            fixture.matchday(),
            fixture.kickoff(),
            fixture.homeTeam(),
            fixture.awayTeam());
    FootballMatch match = new FootballMatch(stored, home, away, source, now);
    matches.add(match);
    return match;
  }

  static void check(MatchFixture f) {
    if (f.matchId() == null || !MATCH_ID.matcher(f.matchId()).matches()) {
      throw new InvalidMatchInput("matchId", "must be 1 to 64 of A-Z a-z 0-9 _ . -");
    }
    if (f.competition() == null || !CODE.matcher(f.competition()).matches()) {
      throw new InvalidMatchInput("competition", "must be a code of 1 to 16 of A-Z a-z 0-9 _ -");
    }
    if (f.season() != null && !SeasonLabel.valid(f.season())) {
      throw new InvalidMatchInput("season", "must be a season such as 2025-26 or 2026");
    }
    name("homeTeam", f.homeTeam());
    name("awayTeam", f.awayTeam());
    if (f.matchday() != null && (f.matchday() < 1 || f.matchday() > 99)) {
      throw new InvalidMatchInput("matchday", "must be from 1 to 99");
    }
  }

  private static void name(String field, String name) {
    if (name == null || name.isBlank() || name.length() > 128) {
      throw new InvalidMatchInput(field, "must be a team name of 1 to 128 characters");
    }
  }
}
