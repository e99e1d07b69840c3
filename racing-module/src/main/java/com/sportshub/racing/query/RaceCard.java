package com.sportshub.racing.query;

import java.util.List;

/**
 * Everything about one race: the race, its conditions, the runners with current prices, what the
 * non-runners deduct, the tote pools and the result (null until declared). This is the state of the
 * {@code race:{raceId}} channel. {@code placesPaid} is what the race pays now: fixed by {@code
 * placesFixedBy}, or (that null) by the runners that run.
 */
public record RaceCard(
    RaceSummary race,
    int distanceMetres,
    String distance,
    String raceClass,
    int placesPaid,
    String placesFixedBy,
    boolean handicap,
    String tote,
    List<RunnerView> runners,
    DeductionsView deductions,
    List<PoolView> pools,
    ResultView result) {

  public RaceCard {
    runners = List.copyOf(runners);
    pools = List.copyOf(pools);
  }
}
