package com.sportshub.ws.broker;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.redisson.Redisson;
import org.redisson.api.RScript;
import org.redisson.api.RTopic;
import org.redisson.api.RedissonClient;
import org.redisson.api.redisnode.RedisNodes;
import org.redisson.client.codec.StringCodec;
import org.redisson.config.Config;

/**
 * The cluster broker: Redis gives each channel its seq and fans updates out to every node.
 *
 * <p>One Lua script increments the channel's counter and publishes the finished frame in the same
 * atomic step, so Redis's single pub/sub stream carries each channel's updates in seq order to
 * every node. Strings only: Redisson's default codec decodes on its own threads with the wrong
 * class loader inside Payara.
 */
public final class RedissonBroker implements Broker {

  static final String TOPIC = "sportshub:updates";
  private static final String SEQ_KEY_PREFIX = "sportshub:seq:";
  private static final Logger LOG = Logger.getLogger(RedissonBroker.class.getName());

  // KEYS[1] seq counter, KEYS[2] topic; ARGV channel, frame head, frame tail.
  private static final String SEQUENCE_AND_PUBLISH =
      """
      local seq = redis.call('INCR', KEYS[1])
      redis.call('PUBLISH', KEYS[2], ARGV[1] .. '\\n' .. seq .. '\\n' .. ARGV[2] .. seq .. ARGV[3])
      return seq
      """;

  private final String address;
  private final RedissonClient redisson;
  private final RScript script;
  private final List<Consumer<Envelope>> listeners = new CopyOnWriteArrayList<>();
  private final Executor delivery;
  private final Executor publishing;

  public RedissonBroker(String address, Executor threads) {
    this.address = address;
    this.delivery = new SerialExecutor(threads);
    this.publishing = new SerialExecutor(threads);
    Config config = new Config();
    config.setCodec(StringCodec.INSTANCE);
    config.setKeepPubSubOrder(true);
    config.useSingleServer().setAddress(address).setRetryAttempts(3);
    this.redisson = Redisson.create(config);
    this.script = redisson.getScript(StringCodec.INSTANCE);
    RTopic topic = redisson.getTopic(TOPIC, StringCodec.INSTANCE);
    topic.addListener(String.class, (channel, message) -> delivery.execute(() -> deliver(message)));
  }

  /** Queues the update on the publishing lane, so the caller never waits for Redis. */
  @Override
  public void publish(Publication publication) {
    publishing.execute(() -> sequenceAndPublish(publication));
  }

  private void sequenceAndPublish(Publication publication) {
    script.eval(
        RScript.Mode.READ_WRITE,
        SEQUENCE_AND_PUBLISH,
        RScript.ReturnType.INTEGER,
        List.of(SEQ_KEY_PREFIX + publication.channel(), TOPIC),
        publication.channel(),
        publication.frameHead(),
        publication.frameTail());
  }

  private void deliver(String message) {
    int channelEnd = message.indexOf('\n');
    int seqEnd = message.indexOf('\n', channelEnd + 1);
    if (channelEnd < 0 || seqEnd < 0) {
      LOG.log(Level.WARNING, "ignoring a malformed broker message of {0} chars", message.length());
      return;
    }
    Envelope envelope =
        new Envelope(
            message.substring(0, channelEnd),
            Long.parseLong(message.substring(channelEnd + 1, seqEnd)),
            message.substring(seqEnd + 1));
    listeners.forEach(listener -> listener.accept(envelope));
  }

  @Override
  public void listen(Consumer<Envelope> listener) {
    listeners.add(listener);
  }

  @Override
  public boolean connected() {
    try {
      return redisson.getRedisNodes(RedisNodes.SINGLE).pingAll(2, TimeUnit.SECONDS);
    } catch (RuntimeException e) {
      return false;
    }
  }

  @Override
  public String description() {
    return "Redis at " + address;
  }

  @Override
  public void close() {
    listeners.clear();
    redisson.shutdown();
  }
}
