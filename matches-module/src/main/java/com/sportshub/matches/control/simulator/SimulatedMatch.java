package com.sportshub.matches.control.simulator;

import com.sportshub.matches.commands.EventInput;
import com.sportshub.matches.commands.MatchCommand;
import com.sportshub.matches.commands.StatisticsInput;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * One simulated match, a minute at a time: kick-off, goals (now and then disallowed by VAR a minute
 * later), cards, substitutions, half time, full time, and statistics every quarter of an hour.
 * Rates per team per 90 minutes, rounded from English top-flight averages: goals 1.55 at home and
 * 1.2 away, yellow cards 1.7, red cards 0.06; a goal is disallowed once in sixteen.
 */
final class SimulatedMatch {

  enum Stage {
    WAITING,
    FIRST_HALF,
    HALF_TIME,
    SECOND_HALF,
    OVER
  }

  private static final double[] GOALS = {1.55 / 90, 1.2 / 90};
  private static final double YELLOW = 1.7 / 90;
  private static final double RED = 0.06 / 90;
  private static final double VAR_DISALLOWS = 1.0 / 16;
  private static final String[] SIDES = {"home", "away"};

  final String id;
  final String home;
  final String away;
  final long kickoffTick;
  private final RandomGenerator random;
  private final List<List<String>> players;
  private final int firstHalfLength;
  private final int secondHalfLength;
  private final List<Set<String>> booked = List.of(new HashSet<>(), new HashSet<>());
  private final int[][] substitutions;
  private final int[][] counts = new int[2][4];
  private Stage stage = Stage.WAITING;
  private int played;
  private int breakLeft;
  private int commands;
  private final Map<String, String> goalsAwaitingIds = new HashMap<>();
  private String disallow;
  private String disallowSide;

  SimulatedMatch(
      String id,
      String home,
      String away,
      long kickoffTick,
      RandomGenerator random,
      List<List<String>> players) {
    this.id = id;
    this.home = home;
    this.away = away;
    this.kickoffTick = kickoffTick;
    this.random = random;
    this.players = players;
    this.firstHalfLength = 45 + random.nextInt(4);
    this.secondHalfLength = 45 + 1 + random.nextInt(6);
    this.substitutions = new int[][] {subMinutes(), subMinutes()};
  }

  private int[] subMinutes() {
    return new int[] {55 + random.nextInt(31), 55 + random.nextInt(31), 55 + random.nextInt(31)};
  }

  Stage stage() {
    return stage;
  }

  /** The commands of the next simulated minute at {@code tick}. */
  List<MatchCommand> minute(long tick, double postponeChance) {
    List<MatchCommand> out = new ArrayList<>();
    switch (stage) {
      case WAITING -> {
        if (tick >= kickoffTick) {
          boolean postponed = random.nextDouble() < postponeChance;
          stage = postponed ? Stage.OVER : Stage.FIRST_HALF;
          played = postponed ? 0 : 1;
          out.add(command(postponed ? "postpone" : "start", postponed ? null : 1, 0));
        }
      }
      case FIRST_HALF, SECOND_HALF -> play(out);
      case HALF_TIME -> {
        if (--breakLeft <= 0) {
          stage = Stage.SECOND_HALF;
          played = 46;
          out.add(command("resume", 46, 0));
        }
      }
      default -> {}
    }
    return out;
  }

  private void play(List<MatchCommand> out) {
    boolean first = stage == Stage.FIRST_HALF;
    int end = first ? firstHalfLength : 45 + secondHalfLength;
    int shown = Math.min(played, first ? 45 : 90);
    int added = played - shown;
    if (disallow != null) {
      out.add(event("var", disallowSide, null, shown, added, "goal_disallowed", disallow, null));
      disallow = null;
    }
    for (int side = 0; side < 2; side++) {
      events(side, shown, added, out);
    }
    if (played % 15 == 0) {
      out.add(statistics());
    }
    if (played >= end) {
      out.add(statistics());
      if (first) {
        stage = Stage.HALF_TIME;
        breakLeft = 4;
        out.add(command("pause", 45, added));
      } else {
        stage = Stage.OVER;
        out.add(command("end", 90, added));
      }
    }
    played++;
  }

  private void events(int side, int shown, int added, List<MatchCommand> out) {
    if (random.nextDouble() < 0.12) {
      counts[side][0]++;
      counts[side][1] += random.nextDouble() < 0.35 ? 1 : 0;
    }
    counts[side][2] += random.nextDouble() < 0.055 ? 1 : 0;
    counts[side][3] += random.nextDouble() < 0.11 ? 1 : 0;
    if (random.nextDouble() < GOALS[side]) {
      counts[side][0]++;
      counts[side][1]++;
      MatchCommand goal = event("goal", SIDES[side], player(side), shown, added, null, null, null);
      goalsAwaitingIds.put(goal.clientId(), SIDES[side]);
      out.add(goal);
    }
    if (random.nextDouble() < YELLOW) {
      String player = player(side);
      String type = booked.get(side).add(player) ? "yellow_card" : "second_yellow";
      out.add(event(type, SIDES[side], player, shown, added, null, null, null));
    } else if (random.nextDouble() < RED) {
      out.add(event("red_card", SIDES[side], player(side), shown, added, null, null, null));
    }
    for (int i = 0; i < 3; i++) {
      if (substitutions[side][i] == played && stage == Stage.SECOND_HALF) {
        String off = players.get(side).get(1 + random.nextInt(10));
        String on = players.get(side).get(11 + i);
        out.add(event("substitution", SIDES[side], on, shown, added, null, null, off));
      }
    }
  }

  /**
   * The hub applied one of this match's commands and gave the event it added this id: a goal is now
   * and then disallowed by VAR in the next minute.
   */
  void applied(String clientId, String eventId) {
    String side = goalsAwaitingIds.remove(clientId);
    if (side != null && eventId != null && random.nextDouble() < VAR_DISALLOWS) {
      disallow = eventId;
      disallowSide = side;
    }
  }

  private String player(int side) {
    return players.get(side).get(1 + random.nextInt(10));
  }

  private MatchCommand statistics() {
    int homePossession = 40 + random.nextInt(21);
    return new MatchCommand(
        id,
        "statistics",
        nextClientId(),
        null,
        null,
        null,
        null,
        null,
        null,
        new StatisticsInput(counts(0, homePossession), counts(1, 100 - homePossession)));
  }

  private StatisticsInput.TeamCounts counts(int side, int possession) {
    int[] c = counts[side];
    return new StatisticsInput.TeamCounts(possession, c[0], c[1], c[2], c[3]);
  }

  private MatchCommand event(
      String type,
      String side,
      String player,
      int minute,
      int added,
      String detail,
      String refersTo,
      String related) {
    return new MatchCommand(
        id,
        "add_event",
        nextClientId(),
        minute,
        added,
        new EventInput(type, side, player, related, minute, added, detail, refersTo),
        null,
        null,
        null,
        null);
  }

  private MatchCommand command(String name, Integer minute, int added) {
    return new MatchCommand(
        id,
        name,
        nextClientId(),
        minute,
        minute == null ? null : added,
        null,
        null,
        null,
        null,
        null);
  }

  private String nextClientId() {
    return id + "-" + (++commands);
  }
}
