package com.sportshub.ws.hub;

import com.sportshub.ws.broker.Envelope;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which subscribers of this node listen to which channel.
 *
 * <p>Concurrent sets throughout: WebSocket threads join and leave while the delivery lane walks a
 * channel's members.
 */
@ApplicationScoped
public class ChannelRegistry {

  private final ConcurrentHashMap<String, Set<Subscriber>> members = new ConcurrentHashMap<>();

  /** Adds the subscriber to the channel; false when it was already a member. */
  public boolean join(String channel, Subscriber subscriber) {
    return members.computeIfAbsent(channel, c -> ConcurrentHashMap.newKeySet()).add(subscriber);
  }

  /** Removes the subscriber from the channel; false when it was not a member. */
  public boolean leave(String channel, Subscriber subscriber) {
    boolean[] removed = {false};
    members.computeIfPresent(
        channel,
        (c, set) -> {
          removed[0] = set.remove(subscriber);
          return set.isEmpty() ? null : set;
        });
    return removed[0];
  }

  /** Hands an update to every member of its channel on this node; returns how many it reached. */
  public int deliver(Envelope update) {
    Set<Subscriber> set = members.getOrDefault(update.channel(), Set.of());
    set.forEach(subscriber -> subscriber.deliver(update));
    return set.size();
  }

  /**
   * Hands an update to the members of its channel that fall in one shard of {@code shards}: each
   * subscriber always falls in the same shard, so shards delivered on separate lanes keep every
   * subscriber's updates in order.
   */
  public void deliver(Envelope update, int shard, int shards) {
    members
        .getOrDefault(update.channel(), Set.of())
        .forEach(
            subscriber -> {
              if (shardOf(subscriber, shards) == shard) {
                subscriber.deliver(update);
              }
            });
  }

  /** Calls {@code action} with every channel of this node and each of its members in a shard. */
  public void forEachMembership(
      int shard, int shards, java.util.function.BiConsumer<String, Subscriber> action) {
    forEachMembership(
        (channel, subscriber) -> {
          if (shardOf(subscriber, shards) == shard) {
            action.accept(channel, subscriber);
          }
        });
  }

  static int shardOf(Subscriber subscriber, int shards) {
    return shards == 1 ? 0 : Math.floorMod(subscriber.id().hashCode(), shards);
  }

  /** Calls {@code action} with every channel of this node and each of its members. */
  public void forEachMembership(java.util.function.BiConsumer<String, Subscriber> action) {
    members.forEach(
        (channel, set) -> set.forEach(subscriber -> action.accept(channel, subscriber)));
  }

  public boolean hasMembers(String channel) {
    return members.containsKey(channel);
  }

  public int channelCount() {
    return members.size();
  }
}
