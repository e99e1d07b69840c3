package com.sportshub.odds.control.simulator;

import com.sportshub.odds.entity.FeedEvent;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * A price simulator standing in for a live feed: a fixed number of fixtures per sport whose true
 * probabilities wander by a random walk, priced by several bookmakers each with its own margin.
 * Fixtures finish and are replaced by new ones a few hours ahead. Pure: the caller supplies time,
 * and the same seed and ticks give the same prices.
 *
 * <p>Not thread-safe: one timer owns it.
 */
public final class PriceWalk {

  // On average this many fixtures move per tick, however many are open.
  private static final double MOVES_PER_TICK = 3;
  private static final Duration EARLIEST_OPENING = Duration.ofHours(-1);
  private static final Duration LATEST_OPENING = Duration.ofHours(12);
  private static final Duration EARLIEST_NEW = Duration.ofHours(1);
  private static final Duration LATEST_NEW = Duration.ofHours(24);

  private final SimulationSettings settings;
  private final RandomGenerator random;
  private final List<SimulatedBookmaker> books;
  private final List<SimulatedEvent> events = new ArrayList<>();
  private List<String> finished = List.of();

  /** Seeded from the settings; the first fixtures open around {@code start}. */
  public PriceWalk(SimulationSettings settings, Instant start) {
    this(settings, new SplittableRandom(settings.seed()), start);
  }

  public PriceWalk(SimulationSettings settings, RandomGenerator random, Instant start) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.random = Objects.requireNonNull(random, "random");
    this.books = SimulatedBookmaker.of(settings.bookmakers());
    for (String key : settings.sports()) {
      SimulatedSport sport = SimulatedSport.of(key);
      for (int i = 0; i < settings.eventsPerSport(); i++) {
        events.add(open(sport, start, EARLIEST_OPENING, LATEST_OPENING));
      }
    }
  }

  /**
   * Advances to {@code now}: finished fixtures drop out and are replaced, and a few fixtures move.
   * Answers what changed: for moved fixtures only the bookmakers and markets whose prices changed
   * (a market coming back from suspension counts), and new fixtures in full. A suspended market
   * simply stops appearing; {@link #snapshot()} shows the board without it.
   */
  public List<FeedEvent> tick(Instant now) {
    List<String> gone = new ArrayList<>();
    List<SimulatedSport> toReplace = new ArrayList<>();
    for (Iterator<SimulatedEvent> it = events.iterator(); it.hasNext(); ) {
      SimulatedEvent event = it.next();
      if (event.finishedBy(now)) {
        gone.add(event.id());
        toReplace.add(event.sport());
        it.remove();
      }
    }
    finished = List.copyOf(gone);
    List<FeedEvent> changed = new ArrayList<>();
    double moveChance = events.isEmpty() ? 0 : Math.min(1, MOVES_PER_TICK / events.size());
    for (SimulatedEvent event : events) {
      boolean moves = random.nextDouble() < moveChance;
      event.step(books, random, settings.volatility(), moves, now).ifPresent(changed::add);
    }
    for (SimulatedSport sport : toReplace) {
      SimulatedEvent fresh = open(sport, now, EARLIEST_NEW, LATEST_NEW);
      events.add(fresh);
      changed.add(fresh.snapshot(books));
    }
    return List.copyOf(changed);
  }

  /** The whole board as it stands: every open fixture with every quoted, unsuspended market. */
  public List<FeedEvent> snapshot() {
    return events.stream().map(event -> event.snapshot(books)).toList();
  }

  /** Ids of the fixtures that finished, and so dropped out, in the last {@link #tick}. */
  public List<String> finishedInLastTick() {
    return finished;
  }

  private SimulatedEvent open(
      SimulatedSport sport, Instant now, Duration earliest, Duration latest) {
    List<String> teams = freeTeams(sport);
    int home = random.nextInt(teams.size());
    int away = (home + 1 + random.nextInt(teams.size() - 1)) % teams.size();
    long fiveMinutes = random.nextLong(earliest.toMinutes() / 5, latest.toMinutes() / 5);
    Instant commence =
        now.truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofMinutes(5 * fiveMinutes));
    String id = "%016x%016x".formatted(random.nextLong(), random.nextLong());
    return SimulatedEvent.open(
        id, sport, teams.get(home), teams.get(away), commence, books, random, now);
  }

  // Nobody plays two fixtures at once, unless more fixtures are asked for than teams allow.
  private List<String> freeTeams(SimulatedSport sport) {
    List<String> playing =
        events.stream()
            .filter(event -> event.sport().equals(sport))
            .flatMap(event -> event.teams().stream())
            .toList();
    List<String> free = sport.teams().stream().filter(team -> !playing.contains(team)).toList();
    return free.size() >= 2 ? free : sport.teams();
  }
}
