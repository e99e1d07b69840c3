package com.sportshub.matches.control.simulator;

import java.util.ArrayList;
import java.util.List;

/**
 * A double round robin by the circle method: one team stays put while the others rotate, so each
 * round pairs every team once; the second half repeats the first with home and away swapped. The
 * pairings come round again when the schedule is used up.
 */
final class RoundRobin {

  record Pairing(String home, String away) {}

  private final List<Pairing> schedule = new ArrayList<>();
  private int next;

  RoundRobin(List<String> teams) {
    int n = teams.size();
    List<Pairing> first = new ArrayList<>();
    for (int round = 0; round < n - 1; round++) {
      for (int i = 0; i < n / 2; i++) {
        String a = teams.get(i == 0 ? 0 : 1 + Math.floorMod(i - 1 + round, n - 1));
        String b = teams.get(1 + Math.floorMod(n - 2 - i + round, n - 1));
        first.add(round % 2 == 0 ? new Pairing(a, b) : new Pairing(b, a));
      }
    }
    schedule.addAll(first);
    first.forEach(p -> schedule.add(new Pairing(p.away(), p.home())));
  }

  int size() {
    return schedule.size();
  }

  /** The next pairing in which neither team is in {@code busy}; null if every one has one. */
  Pairing next(java.util.Set<String> busy) {
    for (int tried = 0; tried < schedule.size(); tried++) {
      Pairing p = schedule.get(next);
      next = (next + 1) % schedule.size();
      if (!busy.contains(p.home()) && !busy.contains(p.away())) {
        return p;
      }
    }
    return null;
  }
}
