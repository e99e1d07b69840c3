package com.sportshub.racing.control;

import com.sportshub.racing.commands.ToteConvention;
import com.sportshub.racing.entity.Race;
import com.sportshub.racing.entity.Runner;
import java.util.List;

/**
 * How many places a race pays, each-way and in the tote place pool: the places a publisher fixed,
 * else what the number of runners that run gives. Counted on the runners, not the card, so a
 * non-runner before the off can cost a place: 8 declared and one withdrawn pays 2, not 3.
 *
 * <ul>
 *   <li>UK (Tote UK toteplace rules and bookmakers' each-way terms alike): 1-4 runners win only,
 *       5-7 two places, 8 or more three, handicaps of 16 or more runners four.
 *   <li>AUS: the TABs' place terms, the UK bands without the handicap's fourth place.
 *   <li>US: the place pool pays the first two (a show pool, paying three, is not carried here).
 * </ul>
 *
 * <p>0 means win only: the place pool pays nothing and each-way bets are settled as win bets.
 */
public final class PlaceTerms {

  private PlaceTerms() {}

  /** The places the race pays now, fixed or by its runners. */
  public static int of(Race race, ToteConvention tote, List<Runner> field) {
    if (race.fixedPlaces() != null) {
      return race.fixedPlaces();
    }
    int running = (int) field.stream().filter(Runner::running).count();
    return byRunners(tote, running, race.handicap());
  }

  /** The places paid for {@code runners} that run. */
  public static int byRunners(ToteConvention tote, int runners, boolean handicap) {
    if (tote == ToteConvention.US) {
      return 2;
    }
    if (runners <= 4) {
      return 0;
    }
    if (runners <= 7) {
      return 2;
    }
    return handicap && runners >= 16 && tote == ToteConvention.UK ? 4 : 3;
  }
}
