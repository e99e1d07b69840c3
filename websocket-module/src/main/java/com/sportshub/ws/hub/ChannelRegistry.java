package com.sportshub.ws.hub;

import com.sportshub.ws.broker.Envelope;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.ObjIntConsumer;

/**
 * Which subscribers of this node listen to which channel.
 *
 * <p>A channel's members are kept split into the shards the delivery lanes serve, each subscriber
 * always in the same shard, so a lane walks only its own members: at 10,000 members, deciding for
 * every member which lane it belongs to (reading its id, on both lanes) was a tenth of delivering.
 *
 * <p>Concurrent sets throughout: WebSocket threads join and leave while the delivery lanes walk a
 * channel's members.
 */
@ApplicationScoped
public class ChannelRegistry {

  private final ConcurrentHashMap<String, Members> members = new ConcurrentHashMap<>();
  private volatile int shards = 1;

  /**
   * Splits members into {@code count} shards; called once, before anyone joins (a lane per shard).
   *
   * @throws IllegalStateException when a channel already has members
   */
  public void shardInto(int count) {
    if (count < 1) {
      throw new IllegalArgumentException("shards: " + count);
    }
    if (!members.isEmpty()) {
      throw new IllegalStateException("members joined before the shards were set");
    }
    shards = count;
  }

  public int shards() {
    return shards;
  }

  /** Adds the subscriber to the channel; false when it was already a member. */
  public boolean join(String channel, Subscriber subscriber) {
    boolean[] added = {false};
    members.compute(
        channel,
        (c, present) -> {
          Members into = present != null ? present : new Members(shards);
          added[0] = into.add(subscriber);
          return into;
        });
    return added[0];
  }

  /** Removes the subscriber from the channel; false when it was not a member. */
  public boolean leave(String channel, Subscriber subscriber) {
    boolean[] removed = {false};
    members.computeIfPresent(
        channel,
        (c, present) -> {
          removed[0] = present.remove(subscriber);
          return present.isEmpty() ? null : present;
        });
    return removed[0];
  }

  /** Hands an update to every member of its channel on this node; returns how many it reached. */
  public int deliver(Envelope update) {
    Members of = members.get(update.channel());
    if (of == null) {
      return 0;
    }
    int reached = 0;
    for (int shard = 0; shard < of.count(); shard++) {
      reached += of.forEachIn(shard, subscriber -> subscriber.deliver(update));
    }
    return reached;
  }

  /**
   * Hands an update to the members of its channel in one shard: each subscriber always falls in the
   * same shard, so shards delivered on separate lanes keep every subscriber's updates in order.
   * Returns how many members it reached.
   */
  public int deliver(Envelope update, int shard) {
    Members of = members.get(update.channel());
    return of == null ? 0 : of.forEachIn(shard, subscriber -> subscriber.deliver(update));
  }

  /** Calls {@code action} with every channel of this node and each of its members in a shard. */
  public void forEachMembership(int shard, BiConsumer<String, Subscriber> action) {
    members.forEach(
        (channel, of) -> of.forEachIn(shard, subscriber -> action.accept(channel, subscriber)));
  }

  static int shardOf(Subscriber subscriber, int shards) {
    return shards == 1 ? 0 : Math.floorMod(subscriber.id().hashCode(), shards);
  }

  public boolean hasMembers(String channel) {
    return members.containsKey(channel);
  }

  public int channelCount() {
    return members.size();
  }

  /** Each channel with its number of members on this node, as they stand now. */
  public void forEachChannel(ObjIntConsumer<String> action) {
    members.forEach((channel, of) -> action.accept(channel, of.size()));
  }

  /**
   * One channel's members by shard. A shard's set is made when its first member joins: most
   * channels (a race, a match) have few members, and a set per lane for each would be waste.
   * Changed only inside the registry's compute calls, which hold the channel's entry.
   */
  private static final class Members {
    private final AtomicReferenceArray<Set<Subscriber>> byShard;

    Members(int shards) {
      byShard = new AtomicReferenceArray<>(shards);
    }

    int count() {
      return byShard.length();
    }

    int size() {
      int size = 0;
      for (int shard = 0; shard < byShard.length(); shard++) {
        Set<Subscriber> set = byShard.get(shard);
        size += set == null ? 0 : set.size();
      }
      return size;
    }

    boolean add(Subscriber subscriber) {
      int shard = shardOf(subscriber, count());
      Set<Subscriber> set = byShard.get(shard);
      if (set == null) {
        set = ConcurrentHashMap.newKeySet();
        byShard.set(shard, set);
      }
      return set.add(subscriber);
    }

    boolean remove(Subscriber subscriber) {
      Set<Subscriber> set = byShard.get(shardOf(subscriber, count()));
      return set != null && set.remove(subscriber);
    }

    boolean isEmpty() {
      for (int shard = 0; shard < count(); shard++) {
        Set<Subscriber> set = byShard.get(shard);
        if (set != null && !set.isEmpty()) {
          return false;
        }
      }
      return true;
    }

    /** Returns how many members the shard had as the walk began. */
    int forEachIn(int shard, Consumer<Subscriber> action) {
      Set<Subscriber> set = shard < count() ? byShard.get(shard) : null;
      if (set == null) {
        return 0;
      }
      int size = set.size();
      set.forEach(action);
      return size;
    }
  }
}
