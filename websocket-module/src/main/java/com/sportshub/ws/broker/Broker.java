package com.sportshub.ws.broker;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Carries updates between the nodes of a cluster and gives each channel one sequence.
 *
 * <p>Promises, for every implementation (see the broker contract tests): each published update gets
 * the channel's next seq, cluster-wide; every node's listener receives every update of a channel
 * exactly once, in seq order; listeners are never called on the publishing thread.
 *
 * <p>It also counts each user's connections for the whole cluster ({@link ConnectionCounts}): the
 * same nodes that share the channels share the count, so a per-user limit holds across them.
 */
public interface Broker extends ConnectionCounts, AutoCloseable {

  /**
   * Assigns the channel's next seq and sends the update to every node. Never blocks: callers
   * include committing transactions.
   */
  void publish(Publication publication);

  /**
   * Publishes every update, in order, or none of them: a broker that cannot take them all now
   * throws {@link BrokerUnavailable} having taken none, so a writer may retry the whole batch
   * without duplicating any of it. Never blocks.
   */
  void publishAll(List<Publication> publications);

  /** The newest seq of the channel, 0 if nothing was ever published on it. May block briefly. */
  long lastSeq(String channel);

  /**
   * The channel's updates after {@code since}, if the resume window still holds all of them. May
   * block briefly.
   */
  Replay since(String channel, long since);

  /** Registers a listener for updates from every node (this one included). */
  void listen(Consumer<Envelope> listener);

  /**
   * Registers a listener for the loss of history: the cluster's store restarted empty, so seqs
   * began again at 1 and older resume windows are gone. Called on the delivery lane, before the
   * first update of the new history.
   */
  void onHistoryLost(Runnable listener);

  /**
   * Registers a listener for a restored link: this node was cut off from the other nodes for a
   * while and may have missed updates, which the listener fetches with {@link #since}. Called on
   * the delivery lane.
   */
  void onResumed(Runnable listener);

  /**
   * Hands each text message that outside writers publish to {@code topic} to {@code listener}, one
   * at a time, in the order they arrived, never on a connection's I/O thread.
   *
   * @return false when this broker has no outside writers (the in-memory one), so nothing arrives
   */
  default boolean onIntake(String topic, Consumer<String> listener) {
    return false;
  }

  /**
   * Tells the cluster what this node holds now ({@code summary}, a short JSON object), until {@code
   * ttl} passes without another report: a node that stops reporting drops out by itself. Never
   * throws; a report that cannot be made is simply missing until the next one.
   */
  void reportNode(String node, String summary, Duration ttl);

  /** What each live node of the cluster last reported, by node; this node's alone without Redis. */
  Map<String, String> nodeReports();

  /** Updates this node has taken and not yet handed to the other nodes (0 in memory). */
  default int waiting() {
    return 0;
  }

  /** The id of the channels' history this node reads; it changes when Redis lost it. */
  default String generation() {
    return "in memory";
  }

  /** Whether updates published now would reach the other nodes. */
  boolean connected();

  /** One line for logs and health: what the broker is and where it points. */
  String description();

  @Override
  void close();
}
