package com.sportshub.racing.control;

import com.sportshub.racing.commands.PlacingDraft;
import com.sportshub.racing.commands.PoolDraft;
import com.sportshub.racing.commands.PoolType;
import com.sportshub.racing.entity.Meeting;
import com.sportshub.racing.entity.Placing;
import com.sportshub.racing.entity.Race;
import com.sportshub.racing.entity.Runner;
import com.sportshub.racing.entity.StatusChange;
import com.sportshub.racing.events.RaceStatus;
import com.sportshub.racing.query.DeadHeatView;
import com.sportshub.racing.query.PlacingView;
import com.sportshub.racing.query.ResultView;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

  /**
   * Writes the placings as the race's next result version; returns them in finishing order. Horses
   * dead-heating share a position ({@link DeadHeats}).
   */
  public List<Placing> declare(Race race, List<PlacingDraft> order, Instant now) {
    int version = race.nextResultVersion();
    List<Integer> positions = DeadHeats.positions(order);
    List<Placing> placings = new ArrayList<>();
    for (int i = 0; i < order.size(); i++) {
      Placing placing = new Placing(race.id(), version, positions.get(i), order.get(i), now);
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

  /** The cloths placed first in the current result: one, or those dead-heating; none before. */
  public List<Integer> winners(Race race) {
    return winners(results.placings(race.id(), race.resultVersion()));
  }

  /** What the place pool would pay the current result's placed runners now; none before one. */
  public Map<Integer, BigDecimal> placeDividends(
      Race race, Meeting meeting, List<Runner> field, PoolDraft pool) {
    return placeDividends(
        race, meeting, field, results.placings(race.id(), race.resultVersion()), pool);
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
    List<Integer> positions = positions(placings);
    List<PlaceShare> wins = DeadHeats.shares(positions, 1);
    List<PlaceShare> places =
        DeadHeats.shares(positions, PlaceTerms.of(race, meeting.convention(), field));
    List<PlacingView> views = new ArrayList<>();
    for (int i = 0; i < placings.size(); i++) {
      Placing p = placings.get(i);
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
              pays[1],
              deadHeat(p.position(), wins.get(i), places.get(i))));
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

  private static DeadHeatView deadHeat(int position, PlaceShare win, PlaceShare place) {
    if (place.sharing() == 1) {
      return null;
    }
    return new DeadHeatView(
        place.sharing(), position == 1 ? win.fraction() : null, place.fraction());
  }

  /** Win and place dividends by cloth ([win, place], either null) as the pools pay them now. */
  private Map<Integer, BigDecimal[]> dividends(
      Race race, Meeting meeting, List<Runner> field, List<Placing> placings) {
    Map<PoolType, PoolStore.Stored> held = pools.of(race.id());
    Map<Integer, BigDecimal[]> paid = new HashMap<>();
    PoolStore.Stored win = held.get(PoolType.WIN);
    if (win != null) {
      totes
          .of(meeting)
          .win(win.draft(), winners(placings), RaceCards.nonRunners(field))
          .forEach((cloth, d) -> paid.computeIfAbsent(cloth, c -> new BigDecimal[2])[0] = d);
    }
    PoolStore.Stored place = held.get(PoolType.PLACE);
    if (place != null) {
      placeDividends(race, meeting, field, placings, place.draft())
          .forEach((cloth, d) -> paid.computeIfAbsent(cloth, c -> new BigDecimal[2])[1] = d);
    }
    return paid;
  }

  private Map<Integer, BigDecimal> placeDividends(
      Race race, Meeting meeting, List<Runner> field, List<Placing> placings, PoolDraft pool) {
    List<PlaceShare> shares =
        DeadHeats.shares(positions(placings), PlaceTerms.of(race, meeting.convention(), field));
    Map<Integer, PlaceShare> placed = new LinkedHashMap<>();
    for (int i = 0; i < placings.size(); i++) {
      if (shares.get(i).paid()) {
        placed.put(placings.get(i).cloth(), shares.get(i));
      }
    }
    if (placed.isEmpty()) {
      return Map.of();
    }
    return totes.of(meeting).place(pool, placed, RaceCards.nonRunners(field));
  }

  private static List<Integer> winners(List<Placing> placings) {
    return placings.stream().filter(p -> p.position() == 1).map(Placing::cloth).toList();
  }

  private static List<Integer> positions(List<Placing> placings) {
    return placings.stream().map(Placing::position).toList();
  }
}
