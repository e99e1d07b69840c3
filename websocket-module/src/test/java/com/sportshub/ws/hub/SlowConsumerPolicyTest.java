package com.sportshub.ws.hub;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sportshub.ws.hub.SlowConsumerPolicy.Verdict;
import org.junit.jupiter.api.Test;

class SlowConsumerPolicyTest {

  private static final long SECOND = 1_000_000_000L;
  private final SlowConsumerPolicy policy = new SlowConsumerPolicy(10 * SECOND);

  @Test
  void conflatesAClientTheFirstTimeItBacksUp() {
    assertEquals(Verdict.CONFLATE, policy.backedUp(0));
  }

  @Test
  void carriesOnWhileAConflationIsUnderWay() {
    policy.backedUp(0);

    assertEquals(Verdict.CARRY_ON, policy.backedUp(SECOND));
  }

  @Test
  void closesAClientThatBacksUpAgainSoonAfterAConflationRelievedIt() {
    policy.backedUp(0);
    policy.conflated(true, SECOND);

    assertEquals(Verdict.CLOSE, policy.backedUp(5 * SECOND));
  }

  @Test
  void conflatesAgainWhenTheNextBacklogComesAfterTheGracePeriod() {
    policy.backedUp(0);
    policy.conflated(true, SECOND);

    assertEquals(Verdict.CONFLATE, policy.backedUp(11 * SECOND));
  }

  @Test
  void leavesAClientWhoseBacklogCouldNotBeConflatedToItsFullQueue() {
    policy.backedUp(0);
    policy.conflated(false, SECOND);

    assertEquals(Verdict.CARRY_ON, policy.backedUp(2 * SECOND));
    assertEquals(Verdict.CONFLATE, policy.backedUp(12 * SECOND));
  }
}
