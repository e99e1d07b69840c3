package com.sportshub.ws.hub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
    registry.shardInto(3);
    List<Recorder> members = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      Recorder member = new Recorder("client-" + i);
      members.add(member);
      registry.join("news", member);
    }
    Envelope update = new Envelope("news", 1, "{}");

    for (int shard = 0; shard < 3; shard++) {
      registry.deliver(update, shard);
    }

    members.forEach(member -> assertEquals(List.of(update), member.received, member.id()));
  }

  @Test
  void eachShardHoldsOnlyTheMembersThatFallInIt() {
    registry.shardInto(4);
    List<Recorder> members = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      Recorder member = new Recorder("client-" + i);
      members.add(member);
      registry.join("news", member);
    }

    registry.deliver(new Envelope("news", 1, "{}"), 2);

    for (Recorder member : members) {
      boolean inShard = ChannelRegistry.shardOf(member, 4) == 2;
      assertEquals(inShard ? 1 : 0, member.received.size(), member.id());
    }
  }

  @Test
  void aShardWithNoMembersOfTheChannelReachesNoOne() {
    registry.shardInto(64);
    Recorder alice = new Recorder("alice");
    registry.join("news", alice);
    int other = (ChannelRegistry.shardOf(alice, 64) + 1) % 64;

    registry.deliver(update("news", 1), other);

    assertEquals(List.of(), alice.received);
  }

  @Test
  void theShardsCannotChangeOnceSomeoneHasJoined() {
    registry.join("news", new Recorder("alice"));

    assertThrows(IllegalStateException.class, () -> registry.shardInto(2));
    assertEquals(1, registry.shards());
  }

  @Test
  void membersLeaveAShardedChannelOneByOneUntilItIsForgotten() {
    registry.shardInto(3);
    Recorder alice = new Recorder("alice");
    Recorder bob = new Recorder("bob");
    registry.join("news", alice);
    registry.join("news", bob);

    assertTrue(registry.leave("news", alice));
    assertEquals(1, registry.deliver(update("news", 1)));
    assertTrue(registry.leave("news", bob));

    assertEquals(List.of(), alice.received);
    assertEquals(List.of(update("news", 1)), bob.received);
    assertFalse(registry.hasMembers("news"));
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

  @Test
  void aMemberJoiningAsTheLastOneLeavesIsNeverLostFromTheChannel() throws Exception {
    Recorder leaver = new Recorder("leaver");
    java.util.concurrent.atomic.AtomicBoolean done =
        new java.util.concurrent.atomic.AtomicBoolean();
    Thread churn =
        new Thread(
            () -> {
              while (!done.get()) {
                registry.join("race:1", leaver);
                registry.leave("race:1", leaver);
              }
            });
    churn.start();
    int lost = 0;
    try {
      for (int i = 0; i < 20_000; i++) {
        Recorder joiner = new Recorder("joiner-" + i);
        registry.join("race:1", joiner);
        registry.deliver(update("race:1", i));
        lost += joiner.received.isEmpty() ? 1 : 0;
        registry.leave("race:1", joiner);
      }
    } finally {
      done.set(true);
      churn.join(10_000);
    }

    assertEquals(0, lost, "joiners that never received an update of the channel they joined");
  }
}
