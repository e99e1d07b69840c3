package com.sportshub.ws.hub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChannelRegistryTest {

  private final ChannelRegistry registry = new ChannelRegistry();

  private record Recorder(String id, List<String> frames) implements Subscriber {
    Recorder(String id) {
      this(id, new ArrayList<>());
    }

    @Override
    public void send(String frame) {
      frames.add(frame);
    }
  }

  @Test
  void deliversAFrameToEveryMemberOfTheChannelAndNoOneElse() {
    Recorder alice = new Recorder("alice");
    Recorder bob = new Recorder("bob");
    Recorder carol = new Recorder("carol");
    registry.join("race:1", alice);
    registry.join("race:1", bob);
    registry.join("race:2", carol);

    int reached = registry.deliver("race:1", "frame");

    assertEquals(2, reached);
    assertEquals(List.of("frame"), alice.frames());
    assertEquals(List.of("frame"), bob.frames());
    assertEquals(List.of(), carol.frames());
  }

  @Test
  void joiningTwiceKeepsOneMembership() {
    Recorder alice = new Recorder("alice");
    assertTrue(registry.join("news", alice));
    assertFalse(registry.join("news", alice));

    registry.deliver("news", "once");

    assertEquals(List.of("once"), alice.frames());
  }

  @Test
  void theLastMemberLeavingForgetsTheChannel() {
    Recorder alice = new Recorder("alice");
    registry.join("news", alice);

    assertTrue(registry.leave("news", alice));

    assertEquals(0, registry.channelCount());
    assertFalse(registry.leave("news", alice));
  }
}
