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
  void shardsTogetherReachEveryMemberExactlyOnce() {
    ChannelRegistry registry = new ChannelRegistry();
    List<Recorder> members = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      Recorder member = new Recorder("client-" + i);
      members.add(member);
      registry.join("news", member);
    }
    Envelope update = new Envelope("news", 1, "{}");

    for (int shard = 0; shard < 3; shard++) {
      registry.deliver(update, shard, 3);
    }

    members.forEach(member -> assertEquals(List.of(update), member.received, member.id()));
  }

  @Test
  void aSubscriberAlwaysFallsInTheSameShard() {
    Recorder member = new Recorder("client-7");

    int shard = ChannelRegistry.shardOf(member, 4);

    assertEquals(shard, ChannelRegistry.shardOf(new Recorder("client-7"), 4));
    assertEquals(0, ChannelRegistry.shardOf(member, 1));
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
