package com.sportshub.racing.control;

import com.sportshub.racing.entity.Follow;
import com.sportshub.racing.entity.Meeting;
import com.sportshub.racing.entity.NewsItem;
import com.sportshub.racing.entity.Race;
import com.sportshub.racing.entity.RaceDeductions;
import com.sportshub.racing.entity.RuleFourDeduction;
import com.sportshub.racing.entity.Runner;
import com.sportshub.racing.entity.RunnerPrice;
import com.sportshub.racing.entity.WithdrawalTerms;
import com.sportshub.racing.query.DeductionsView;
import com.sportshub.racing.query.FollowView;
import com.sportshub.racing.query.MeetingView;
import com.sportshub.racing.query.NewsView;
import com.sportshub.racing.query.PricePoint;
import com.sportshub.racing.query.RaceSummary;
import com.sportshub.racing.query.RunnerView;
import com.sportshub.racing.query.WithdrawalView;
import java.util.List;

/** Entities as the published read-only records the rest of the hub sees. */
public final class RacingViews {

  private RacingViews() {}

  public static RaceSummary of(Race r, String course) {
    return new RaceSummary(
        r.id(),
        r.meetingId(),
        course,
        r.number(),
        r.name(),
        r.offTime(),
        r.status().name(),
        r.statusAt(),
        RaceLifecycle.bettingOpen(r.status()));
  }

  public static MeetingView of(Meeting m, List<Race> races) {
    return new MeetingView(
        m.id(),
        m.course(),
        m.date(),
        m.country(),
        m.going(),
        m.convention().name(),
        m.status().name(),
        races.stream().map(r -> of(r, m.course())).toList());
  }

  public static RunnerView of(Runner r) {
    WithdrawalView withdrawal =
        r.running()
            ? null
            : new WithdrawalView(
                r.withdrawnAt(), r.withdrawalPrice(), r.ruleFour(), r.reductionFactor());
    return new RunnerView(
        r.cloth(),
        r.horse(),
        r.jockey(),
        r.trainer(),
        r.draw(),
        r.weightLbs(),
        CardText.weight(r.weightLbs()),
        r.status().name(),
        r.price(),
        r.price() == null ? null : PriceNotation.FRACTIONAL.show(r.price()),
        r.price() == null ? null : PriceNotation.AMERICAN.show(r.price()),
        r.priceTime(),
        r.startingPrice(),
        withdrawal);
  }

  /** The terms a non-runner's withdrawal was recorded with. */
  public static WithdrawalTerms termsOf(Runner nonRunner) {
    return new WithdrawalTerms(
        nonRunner.withdrawalPrice(),
        new RuleFourDeduction(nonRunner.ruleFour()),
        nonRunner.reductionFactor());
  }

  public static DeductionsView of(RaceDeductions d) {
    return new DeductionsView(d.ruleFour().fraction(), d.reduction().percent());
  }

  public static NewsView of(NewsItem n) {
    return new NewsView(
        n.id(), n.meetingId(), n.raceId(), n.headline(), n.body(), n.author(), n.publishedAt());
  }

  public static PricePoint of(RunnerPrice p) {
    return new PricePoint(p.decimal(), p.previous(), p.quoted(), p.recordedAt(), p.source());
  }

  public static FollowView of(Follow f) {
    return new FollowView(
        f.subject(), f.raceId(), f.cloth() == Follow.WHOLE_RACE ? null : f.cloth(), f.followedAt());
  }
}
