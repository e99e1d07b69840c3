package com.sportshub.ws.broker;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The receiving half of {@link RedissonBroker}: turns each message of the cluster topic into an
 * {@link Envelope} for the listeners, and notices when Redis lost its history (a new generation id)
 * or the link came back. Called only on the broker's delivery lane, one message at a time.
 */
final class TopicReader {

  private static final Logger LOG = Logger.getLogger(TopicReader.class.getName());

  private final String redis;
  private final Supplier<String> storedGeneration;
  private final List<Consumer<Envelope>> listeners = new CopyOnWriteArrayList<>();
  private final List<Runnable> historyListeners = new CopyOnWriteArrayList<>();
  private final List<Runnable> resumedListeners = new CopyOnWriteArrayList<>();
  private String lastGeneration;

  /**
   * @param redis how logs name the Redis
   * @param storedGeneration reads the history's generation id from Redis (may throw)
   */
  TopicReader(String redis, Supplier<String> storedGeneration) {
    this.redis = redis;
    this.storedGeneration = storedGeneration;
  }

  void listen(Consumer<Envelope> listener) {
    listeners.add(listener);
  }

  void onHistoryLost(Runnable listener) {
    historyListeners.add(listener);
  }

  void onResumed(Runnable listener) {
    resumedListeners.add(listener);
  }

  void stop() {
    listeners.clear();
  }

  /** One topic message: "generation\nchannel\nseq\nframe". */
  void read(String message) {
    int generationEnd = message.indexOf('\n');
    int channelEnd = message.indexOf('\n', generationEnd + 1);
    int seqEnd = message.indexOf('\n', channelEnd + 1);
    if (generationEnd < 0 || channelEnd < 0 || seqEnd < 0) {
      LOG.log(Level.WARNING, "ignoring a malformed broker message of {0} chars", message.length());
      return;
    }
    newGeneration(message.substring(0, generationEnd));
    Envelope envelope =
        new Envelope(
            message.substring(generationEnd + 1, channelEnd),
            Long.parseLong(message.substring(channelEnd + 1, seqEnd)),
            message.substring(seqEnd + 1));
    listeners.forEach(listener -> listener.accept(envelope));
  }

  /** Each time the topic is (re)subscribed: history lost, or the channels resume. */
  void subscribed() {
    String generation;
    try {
      generation = storedGeneration.get();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "cannot read the history's generation after a reconnect", e);
      return;
    }
    if (!newGeneration(generation)) {
      resumedListeners.forEach(Runnable::run);
    }
  }

  /** Notes the history's generation; true (and the listeners told) when it is a new one. */
  private boolean newGeneration(String generation) {
    boolean restarted =
        lastGeneration != null && generation != null && !generation.equals(lastGeneration);
    if (generation != null) {
      lastGeneration = generation;
    }
    if (restarted) {
      LOG.warning(redis + " lost its history; every channel starts again");
      historyListeners.forEach(Runnable::run);
    }
    return restarted;
  }
}
