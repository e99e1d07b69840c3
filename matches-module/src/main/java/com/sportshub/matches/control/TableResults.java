package com.sportshub.matches.control;

import com.sportshub.matches.entity.FootballMatch;
import com.sportshub.matches.entity.Goals;
import com.sportshub.matches.entity.MatchPhase;
import com.sportshub.matches.entity.MatchResult;
import com.sportshub.matches.entity.Winner;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * What a match counts for in a table. A finished match counts with its final score of play (extra
 * time in, the shoot-out out: a shoot-out decides who goes through, not the result). A match in
 * play counts with its score so far, for the live table. An awarded match counts as a 3-0 win for
 * the side it was awarded to, or with the score on the pitch when that won by more (the forfeit
 * rule of the FIFA Disciplinary Code); awarded as a draw, 0-0.
 */
public final class TableResults {

  private static final Goals FORFEIT = new Goals(3, 0);

  private TableResults() {}

  /** The result of a finished or awarded match; empty for any other. */
  public static Optional<MatchResult> decided(FootballMatch match) {
    if (match.phase() == MatchPhase.FULL_TIME && match.score().fullTime() != null) {
      return Optional.of(result(match, match.score().fullTime()));
    }
    if (match.phase() == MatchPhase.AWARDED && match.winner() != null) {
      return Optional.of(result(match, awarded(match.winner(), match.score().current())));
    }
    return Optional.empty();
  }

  /** The score so far of a match being played; empty for any other. */
  public static Optional<MatchResult> inPlay(FootballMatch match) {
    if (!match.status().live() || match.score().current() == null) {
      return Optional.empty();
    }
    return Optional.of(result(match, match.score().current()));
  }

  static Goals awarded(Winner winner, Goals onThePitch) {
    if (winner == Winner.DRAW) {
      return Goals.NONE;
    }
    Goals forfeit = winner == Winner.HOME_TEAM ? FORFEIT : new Goals(0, 3);
    if (onThePitch == null) {
      return forfeit;
    }
    int margin =
        winner == Winner.HOME_TEAM
            ? onThePitch.home() - onThePitch.away()
            : onThePitch.away() - onThePitch.home();
    return margin > 3 ? onThePitch : forfeit;
  }

  private static MatchResult result(FootballMatch match, Goals goals) {
    return new MatchResult(
        match.homeTeam().name(),
        match.awayTeam().name(),
        goals.home(),
        goals.away(),
        match.matchday(),
        match.kickoff() == null ? null : match.kickoff().atOffset(ZoneOffset.UTC).toLocalDate());
  }
}
