package com.sportshub.ws.hub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sportshub.ws.broker.Envelope;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChannelRegistryTest {

  private final ChannelRegistry registry = new ChannelRegistry();

  static final class Recorder implements Subscriber {
    final List<Envelope> received = new ArrayList<>();
    final List<String> lost = new ArrayList<>();
    private final String id;

    Recorder(String id) {
      this.id = id;
    }

    @Override
    public String id() {
      return id;
    }

    @Override
    public void deliver(Envelope update) {
      received.add(update);
    }

    @Override
    public void historyLost(String channel) {
      lost.add(channel);
    }
  }

  private static Envelope update(String channel, long seq) {
    return new Envelope(channel, seq, "frame " + seq);
  }

  @Test
  void deliversAnUpdateToEveryMemberOfTheChannelAndNoOneElse() {
    Recorder alice = new Recorder("alice");
    Recorder bob = new Recorder("bob");
    Recorder carol = new Recorder("carol");
    registry.join("race:1", alice);
    registry.join("race:1", bob);
    registry.join("race:2", carol);

    int reached = registry.deliver(update("race:1", 1));

    assertEquals(2, reached);
    assertEquals(List.of(update("race:1", 1)), alice.received);
    assertEquals(List.of(update("race:1", 1)), bob.received);
    assertEquals(List.of(), carol.received);
  }

  @Test
  void joiningTwiceKeepsOneMembership() {
    Recorder alice = new Recorder("alice");
    assertTrue(registry.join("news", alice));
    assertFalse(registry.join("news", alice));

    registry.deliver(update("news", 1));

    assertEquals(1, alice.received.size());
  }

  @Test
  void theLastMemberLeavingForgetsTheChannel() {
    Recorder alice = new Recorder("alice");
    registry.join("news", alice);

    assertTrue(registry.leave("news", alice));

    assertEquals(0, registry.channelCount());
    assertFalse(registry.hasMembers("news"));
    assertFalse(registry.leave("news", alice));
  }
}
