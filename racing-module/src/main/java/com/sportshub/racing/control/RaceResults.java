package com.sportshub.racing.control;

import com.sportshub.racing.entity.Meeting;
import com.sportshub.racing.entity.Placing;
import com.sportshub.racing.entity.PlacingDraft;
import com.sportshub.racing.entity.PoolDraft;
import com.sportshub.racing.entity.PoolType;
import com.sportshub.racing.entity.Race;
import com.sportshub.racing.entity.RaceStatus;
import com.sportshub.racing.entity.Runner;
import com.sportshub.racing.entity.StatusChange;
import com.sportshub.racing.query.PlacingView;
import com.sportshub.racing.query.ResultView;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Results: declaring a version, and reading the current one with its dividends. Until the race is
 * weighed in, the dividends are what the pools would pay now; at the weigh-in they are declared and
 * kept with the placings, and never computed again.
 */
@Dependent
public class RaceResults {

  @Inject RaceStore races;
  @Inject ResultStore results;
  @Inject PoolStore pools;
  @Inject ToteRules totes;

  /** Writes the placings as the race's next result version; returns them in finishing order. */
  public List<Placing> declare(Race race, List<PlacingDraft> order, Instant now) {
    int version = race.nextResultVersion();
    List<Placing> placings = new ArrayList<>();
    for (int i = 0; i < order.size(); i++) {
      Placing placing = new Placing(race.id(), version, i + 1, order.get(i), now);
      results.add(placing);
      placings.add(placing);
    }
    return placings;
  }

  /** Fixes the dividends of the current result, as the pools pay them now. */
  public void declareDividends(Race race, Meeting meeting, List<Runner> field) {
    List<Placing> placings = results.placings(race.id(), race.resultVersion());
    Map<Integer, BigDecimal[]> paid = dividends(race, meeting, field, placings);
    placings.forEach(
        p -> {
          BigDecimal[] pays = paid.getOrDefault(p.cloth(), new BigDecimal[2]);
          p.pays(pays[0], pays[1]);
        });
  }

  /** The cloths placed in the current result, as many as the race pays places. */
  public List<Integer> placedCloths(Race race, int placesPaid) {
    return results.placings(race.id(), race.resultVersion()).stream()
        .limit(placesPaid)
        .map(Placing::cloth)
        .toList();
  }

  /** The current result, or empty when none was declared. */
  public Optional<ResultView> current(Race race, Meeting meeting, List<Runner> field) {
    List<Placing> placings = results.placings(race.id(), race.resultVersion());
    if (placings.isEmpty()) {
      return Optional.empty();
    }
    boolean official = race.status() == RaceStatus.WEIGHED_IN;
    Map<Integer, BigDecimal[]> paid =
        official ? Map.of() : dividends(race, meeting, field, placings);
    Map<Integer, Runner> byCloth =
        field.stream().collect(Collectors.toMap(Runner::cloth, Function.identity()));
    List<PlacingView> views = new ArrayList<>();
    for (Placing p : placings) {
      Runner runner = byCloth.get(p.cloth());
      BigDecimal[] pays =
          official
              ? new BigDecimal[] {p.winDividend(), p.placeDividend()}
              : paid.getOrDefault(p.cloth(), new BigDecimal[2]);
      views.add(
          new PlacingView(
              p.position(),
              p.cloth(),
              runner == null ? null : runner.horse(),
              p.distance(),
              runner == null ? null : runner.startingPrice(),
              pays[0],
              pays[1]));
    }
    List<RaceStatus> history = races.history(race.id()).stream().map(StatusChange::to).toList();
    return Optional.of(
        new ResultView(
            race.resultVersion(),
            race.resultVersion() > 1,
            official,
            history.contains(RaceStatus.PHOTOGRAPH),
            history.contains(RaceStatus.STEWARDS_ENQUIRY),
            placings.get(0).declaredAt(),
            views));
  }

  /** Win and place dividends by cloth ([win, place], either null) as the pools pay them now. */
  private Map<Integer, BigDecimal[]> dividends(
      Race race, Meeting meeting, List<Runner> field, List<Placing> placings) {
    ToteDividends tote = totes.of(meeting);
    Set<Integer> out = RaceCards.nonRunners(field);
    Map<PoolType, PoolStore.Stored> held = pools.of(race.id());
    Map<Integer, BigDecimal[]> paid = new java.util.HashMap<>();
    PoolStore.Stored win = held.get(PoolType.WIN);
    if (win != null) {
      int winner = placings.get(0).cloth();
      BigDecimal dividend = tote.approximateWin(win.draft(), out).get(winner);
      paid.computeIfAbsent(winner, c -> new BigDecimal[2])[0] = dividend;
    }
    PoolStore.Stored place = held.get(PoolType.PLACE);
    if (place != null) {
      PoolDraft pool = place.draft();
      int places = PlaceTerms.of(race, meeting.convention(), field);
      List<Integer> placed = placings.stream().limit(places).map(Placing::cloth).toList();
      tote.place(pool, placed, out)
          .forEach((cloth, d) -> paid.computeIfAbsent(cloth, c -> new BigDecimal[2])[1] = d);
    }
    return paid;
  }
}
