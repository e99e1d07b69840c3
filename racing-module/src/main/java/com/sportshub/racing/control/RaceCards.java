package com.sportshub.racing.control;

import com.sportshub.racing.commands.PoolType;
import com.sportshub.racing.entity.Meeting;
import com.sportshub.racing.entity.Race;
import com.sportshub.racing.entity.RaceDeductions;
import com.sportshub.racing.entity.Runner;
import com.sportshub.racing.query.DividendView;
import com.sportshub.racing.query.PoolView;
import com.sportshub.racing.query.RaceCard;
import com.sportshub.racing.query.RaceSummary;
import com.sportshub.racing.query.RunnerView;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Puts a race's card together from the stores: the race, its runners, what the non-runners deduct,
 * its pools with approximate dividends, and its result ({@link RaceResults}).
 */
@Dependent
public class RaceCards {

  @Inject MeetingStore meetings;
  @Inject RunnerStore runners;
  @Inject PoolStore pools;
  @Inject RaceResults results;
  @Inject ToteRules totes;

  public Meeting meetingOf(Race race) {
    return meetings
        .find(race.meetingId())
        .orElseThrow(() -> new IllegalStateException("race without meeting: " + race.id()));
  }

  public RaceSummary summary(Race race) {
    return RacingViews.of(race, meetingOf(race).course());
  }

  public RaceCard card(Race race) {
    Meeting meeting = meetingOf(race);
    List<Runner> field = runners.of(race.id());
    List<RunnerView> runnerViews = field.stream().map(RacingViews::of).toList();
    return new RaceCard(
        RacingViews.of(race, meeting.course()),
        race.distanceMetres(),
        CardText.distance(race.distanceMetres()),
        race.raceClass(),
        PlaceTerms.of(race, meeting.convention(), field),
        race.placesFixedBy(),
        race.handicap(),
        meeting.convention().name(),
        runnerViews,
        RacingViews.of(deductions(field)),
        pools(race, meeting, field),
        results.current(race, meeting, field).orElse(null));
  }

  /**
   * The race's pools with the dividends they would pay now: the win pool every backed runner's
   * until there is a result, then its winner's (or dead-heaters'); the place pool the placed
   * runners' once there is a result.
   */
  public List<PoolView> pools(Race race, Meeting meeting, List<Runner> field) {
    ToteDividends tote = totes.of(meeting);
    Set<Integer> out = nonRunners(field);
    List<Integer> winners = results.winners(race);
    List<PoolView> views = new ArrayList<>();
    pools
        .of(race.id())
        .forEach(
            (type, stored) -> {
              Map<Integer, BigDecimal> dividends =
                  type == PoolType.PLACE
                      ? results.placeDividends(race, meeting, field, stored.draft())
                      : winners.isEmpty()
                          ? tote.approximateWin(stored.draft(), out)
                          : tote.win(stored.draft(), winners, out);
              views.add(
                  new PoolView(
                      type.name(),
                      stored.pool().total(),
                      stored.pool().updatedAt(),
                      dividends.entrySet().stream()
                          .map(e -> new DividendView(e.getKey(), e.getValue()))
                          .toList()));
            });
    return views;
  }

  /** What the field's non-runners deduct together. */
  public static RaceDeductions deductions(List<Runner> field) {
    return NonRunners.together(
        field.stream().filter(r -> !r.running()).map(RacingViews::termsOf).toList());
  }

  public static Set<Integer> nonRunners(List<Runner> field) {
    return field.stream().filter(r -> !r.running()).map(Runner::cloth).collect(Collectors.toSet());
  }
}
