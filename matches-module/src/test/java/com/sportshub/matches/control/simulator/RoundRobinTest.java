package com.sportshub.matches.control.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RoundRobinTest {

  private static final List<String> TEAMS = List.of("A", "B", "C", "D", "E", "F");

  @Test
  void everyTeamMeetsEveryOtherOnceAtHomeAndOnceAway() {
    RoundRobin schedule = new RoundRobin(TEAMS);
    // 6 teams: 6 * 5 = 30 ordered pairings, each once
    assertEquals(30, schedule.size());
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 30; i++) {
      RoundRobin.Pairing p = schedule.next(Set.of());
      seen.add(p.home() + "-" + p.away());
    }
    assertEquals(30, seen.size());
  }

  @Test
  void aPairingWithABusyTeamIsSkipped() {
    RoundRobin schedule = new RoundRobin(TEAMS);
    RoundRobin.Pairing p = schedule.next(Set.of("A"));
    assertEquals(false, p.home().equals("A") || p.away().equals("A"));
  }

  @Test
  void whenEveryTeamIsBusyThereIsNoPairing() {
    assertNull(new RoundRobin(List.of("A", "B")).next(Set.of("A")));
  }
}
