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
  private volatile String lastGeneration;

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

  /**
   * One topic message, a batch: "generation", then per update "\nchannel\nseq\nchars\nframe" with
   * chars the frame's length. Updates before a malformed part are delivered; the rest is dropped
   * with a warning (a bug, not Redis weather: the script writes every message).
   */
  void read(String message) {
    int at = message.indexOf('\n');
    if (at < 0) {
      malformed(message);
      return;
    }
    newGeneration(message.substring(0, at));
    while (at < message.length()) {
      at = deliverOne(message, at + 1);
      if (at < 0) {
        malformed(message);
        return;
      }
    }
  }

  /**
   * Delivers the update that starts at {@code from}; returns where the next one starts (the
   * separator before it, or the message's end), or -1 when this one is malformed.
   */
  private int deliverOne(String message, int from) {
    int channelEnd = message.indexOf('\n', from);
    int seqEnd = channelEnd < 0 ? -1 : message.indexOf('\n', channelEnd + 1);
    int charsEnd = seqEnd < 0 ? -1 : message.indexOf('\n', seqEnd + 1);
    if (charsEnd < 0) {
      return -1;
    }
    long seq;
    int frameEnd;
    try {
      seq = Long.parseLong(message, channelEnd + 1, seqEnd, 10);
      frameEnd = charsEnd + 1 + Integer.parseInt(message, seqEnd + 1, charsEnd, 10);
    } catch (NumberFormatException notNumbers) {
      return -1;
    }
    if (frameEnd <= charsEnd
        || frameEnd > message.length()
        || (frameEnd < message.length() && message.charAt(frameEnd) != '\n')) {
      return -1;
    }
    Envelope envelope =
        new Envelope(
            message.substring(from, channelEnd), seq, message.substring(charsEnd + 1, frameEnd));
    listeners.forEach(listener -> listener.accept(envelope));
    return frameEnd;
  }

  private static void malformed(String message) {
    LOG.log(Level.WARNING, "ignoring a malformed broker message of {0} chars", message.length());
  }

  /** The id of the history this node reads, as last seen (null before the first message). */
  String generation() {
    return lastGeneration;
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
