package com.sportshub.ws.broker;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/** The broker of a single node: sequences in memory and delivers on one ordered lane. */
public final class InMemoryBroker implements Broker {

  private final Map<String, Long> lastSeq = new HashMap<>();
  private final List<Consumer<Envelope>> listeners = new CopyOnWriteArrayList<>();
  private final Executor delivery;

  public InMemoryBroker(Executor threads) {
    this.delivery = new SerialExecutor(threads);
  }

  /** Synchronized so that the delivery lane receives updates in the order of their seqs. */
  @Override
  public synchronized void publish(Publication publication) {
    long seq = lastSeq.merge(publication.channel(), 1L, Long::sum);
    Envelope envelope = publication.sequenced(seq);
    delivery.execute(() -> listeners.forEach(listener -> listener.accept(envelope)));
  }

  @Override
  public void listen(Consumer<Envelope> listener) {
    listeners.add(listener);
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
  }
}
