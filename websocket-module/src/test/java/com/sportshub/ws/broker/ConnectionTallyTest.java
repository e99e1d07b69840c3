package com.sportshub.ws.broker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ConnectionTallyTest {

  private final ConnectionTally tally = new ConnectionTally();

  @Test
  void refusesTheClaimBeyondTheLimitWithoutCountingIt() {
    assertTrue(tally.claimConnection("alice", 2));
    assertTrue(tally.claimConnection("alice", 2));

    assertFalse(tally.claimConnection("alice", 2));
    assertEquals(2, tally.count("alice"));
  }

  @Test
  void aReleaseMakesRoomForOneMore() {
    tally.claimConnection("alice", 1);

    tally.releaseConnection("alice");

    assertTrue(tally.claimConnection("alice", 1));
  }

  @Test
  void aUserWithNoConnectionLeftIsForgotten() {
    tally.claimConnection("alice", 3);
    tally.claimConnection("bob", 3);

    tally.releaseConnection("alice");

    assertEquals(Set.of("bob"), tally.subjects());
    assertEquals(0, tally.count("alice"));
  }

  @Test
  void aReleaseOfAUserWithNoConnectionLeavesNoCreditBehind() {
    tally.releaseConnection("alice");

    assertTrue(tally.claimConnection("alice", 1));
    assertFalse(tally.claimConnection("alice", 1));
  }

  @Test
  void addCountsWhatTheClusterGrantedWhateverTheLimit() {
    tally.claimConnection("alice", 1);

    tally.add("alice");

    assertEquals(2, tally.count("alice"));
  }
}
