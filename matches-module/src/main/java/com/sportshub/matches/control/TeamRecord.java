package com.sportshub.matches.control;

import com.sportshub.matches.commands.PointsRule;

/** One team's running totals over the matches a table (or a mini-league) counts. */
final class TeamRecord {

  private int played;
  private int won;
  private int drawn;
  private int lost;
  private int goalsFor;
  private int goalsAgainst;
  private int awayGoals;
  private int awayWins;
  private int earned;
  private int deducted;

  void count(int scored, int conceded, boolean away, PointsRule rule) {
    played++;
    goalsFor += scored;
    goalsAgainst += conceded;
    earned += rule.pointsFor(scored, conceded);
    if (away) {
      awayGoals += scored;
    }
    if (scored > conceded) {
      won++;
      awayWins += away ? 1 : 0;
    } else if (scored == conceded) {
      drawn++;
    } else {
      lost++;
    }
  }

  void deduct(int points) {
    deducted += points;
  }

  int played() {
    return played;
  }

  int won() {
    return won;
  }

  int drawn() {
    return drawn;
  }

  int lost() {
    return lost;
  }

  int goalsFor() {
    return goalsFor;
  }

  int goalsAgainst() {
    return goalsAgainst;
  }

  int goalDifference() {
    return goalsFor - goalsAgainst;
  }

  int awayGoals() {
    return awayGoals;
  }

  int awayWins() {
    return awayWins;
  }

  /** Points earned less points deducted. */
  int points() {
    return earned - deducted;
  }

  int deducted() {
    return deducted;
  }
}
