package com.sportshub.racing.boundary;

import com.sportshub.racing.commands.MeetingDraft;
import com.sportshub.racing.commands.PlacingDraft;
import com.sportshub.racing.commands.PoolDraft;
import com.sportshub.racing.commands.PriceQuote;
import com.sportshub.racing.commands.RaceDraft;
import com.sportshub.racing.commands.RunnerDraft;
import com.sportshub.racing.events.RaceStatus;
import com.sportshub.racing.query.MeetingView;
import com.sportshub.racing.query.PlaceTermsView;
import com.sportshub.racing.query.PoolView;
import com.sportshub.racing.query.RaceSummary;
import com.sportshub.racing.query.RacingQueries;
import com.sportshub.racing.query.ResultView;
import com.sportshub.racing.query.RunnerView;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Where every writer of racing (REST, the race-day simulator) hands in its changes; each runs in a
 * transaction of its own, in {@link CardIntake}, {@link MarketIntake}, {@link RaceProgress} or
 * {@link RaceStewards}.
 *
 * <p>It holds a lock per race (striped) from before the transaction until after its publications:
 * observers publish after commit, on the committing thread, so without it a later change of a race
 * could reach clients before an earlier one (a price overtaking the OFF it came before). Locks are
 * taken in stripe order, so two writers never wait for each other. Across nodes the database row
 * locks order the writes.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RaceFeed {

  private static final int STRIPES = 64;

  private final ReentrantLock[] stripes = new ReentrantLock[STRIPES];

  @Inject CardIntake cards;
  @Inject MarketIntake markets;
  @Inject RaceProgress progress;
  @Inject RaceStewards stewards;
  @Inject RacingQueries reader;

  public RaceFeed() {
    for (int i = 0; i < STRIPES; i++) {
      stripes[i] = new ReentrantLock();
    }
  }

  public MeetingView createMeeting(MeetingDraft draft) {
    return cards.createMeeting(draft);
  }

  public RaceSummary addRace(String meetingId, RaceDraft draft, String writer) {
    String raceId = draft.raceId() == null ? "" : draft.raceId();
    return locked(List.of(raceId), () -> cards.addRace(meetingId, draft, writer));
  }

  public List<RunnerView> declare(String raceId, List<RunnerDraft> runners) {
    return locked(List.of(raceId), () -> cards.declare(raceId, runners));
  }

  public PlaceTermsView fixPlaces(String raceId, Integer places, String writer) {
    return locked(List.of(raceId), () -> cards.fixPlaces(raceId, places, writer));
  }

  public List<RunnerView> price(String raceId, List<PriceQuote> quotes, String source) {
    return locked(List.of(raceId), () -> markets.price(raceId, quotes, source));
  }

  public List<PoolView> pool(String raceId, PoolDraft pool) {
    return locked(List.of(raceId), () -> markets.pool(raceId, pool));
  }

  public RaceSummary move(String raceId, RaceStatus to, String source) {
    return locked(List.of(raceId), () -> progress.move(raceId, to, source));
  }

  public RunnerView withdraw(String raceId, int cloth) {
    return locked(List.of(raceId), () -> stewards.withdraw(raceId, cloth));
  }

  public ResultView declareResult(String raceId, List<PlacingDraft> placings) {
    return locked(List.of(raceId), () -> stewards.declare(raceId, placings));
  }

  /** Abandons the meeting, holding every one of its races. */
  public MeetingView abandon(String meetingId, String source) {
    List<String> raceIds =
        reader
            .meeting(meetingId)
            .map(m -> m.races().stream().map(RaceSummary::raceId).toList())
            .orElse(List.of());
    return locked(raceIds, () -> progress.abandon(meetingId, source));
  }

  private <T> T locked(Collection<String> raceIds, Supplier<T> work) {
    TreeSet<Integer> held = new TreeSet<>();
    raceIds.forEach(id -> held.add(Math.floorMod(id.hashCode(), STRIPES)));
    held.forEach(stripe -> stripes[stripe].lock());
    try {
      return work.get();
    } finally {
      held.descendingSet().forEach(stripe -> stripes[stripe].unlock());
    }
  }
}
