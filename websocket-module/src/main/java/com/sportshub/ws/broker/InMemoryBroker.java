package com.sportshub.ws.broker;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.function.Consumer;

/**
 * The broker of a single node: sequences and keeps history in memory, delivers on one thread, and
 * counts connections per user exactly (the node is the whole cluster).
 */
public final class InMemoryBroker implements Broker {

  private final Map<String, ChannelLog> logs = new HashMap<>();
  private final List<Consumer<Envelope>> listeners = new CopyOnWriteArrayList<>();
  private final ExecutorService delivery;
  private final ResumeWindow window;
  private final ConnectionTally connections = new ConnectionTally();

  /**
   * @param threads makes the broker's one delivery thread (a managed thread factory in Payara)
   */
  public InMemoryBroker(ThreadFactory threads, ResumeWindow window) {
    this.delivery = Executors.newSingleThreadExecutor(threads);
    this.window = window;
  }

  /** The one node's own report: a single node is the whole cluster. */
  private final Map<String, String> reports = new ConcurrentHashMap<>();

  /** Synchronized so that the delivery lane receives updates in the order of their seqs. */
  @Override
  public synchronized void publish(Publication publication) {
    Envelope envelope =
        logs.computeIfAbsent(publication.channel(), c -> new ChannelLog())
            .append(publication, window);
    delivery.execute(() -> listeners.forEach(listener -> listener.accept(envelope)));
  }

  @Override
  public void reportNode(String node, String summary, Duration ttl) {
    reports.put(node, summary);
  }

  @Override
  public Map<String, String> nodeReports() {
    return Map.copyOf(reports);
  }

  /** Never refuses: everything is held in memory. */
  @Override
  public synchronized void publishAll(List<Publication> publications) {
    publications.forEach(this::publish);
  }

  @Override
  public synchronized long lastSeq(String channel) {
    ChannelLog log = logs.get(channel);
    return log == null ? 0 : log.lastSeq();
  }

  @Override
  public synchronized Replay since(String channel, long since) {
    ChannelLog log = logs.get(channel);
    return (log == null ? new ChannelLog() : log).since(since);
  }

  @Override
  public void listen(Consumer<Envelope> listener) {
    listeners.add(listener);
  }

  /** A node's memory is lost only with the node itself: never called. */
  @Override
  public void onHistoryLost(Runnable listener) {}

  /** A node is never cut off from itself: never called. */
  @Override
  public void onResumed(Runnable listener) {}

  @Override
  public boolean claimConnection(String subject, int limit) {
    return connections.claimConnection(subject, limit);
  }

  @Override
  public void releaseConnection(String subject) {
    connections.releaseConnection(subject);
  }

  @Override
  public boolean connected() {
    return true;
  }

  @Override
  public String description() {
    return "in memory (single node)";
  }

  @Override
  public void close() {
    listeners.clear();
    delivery.shutdownNow();
  }
}
