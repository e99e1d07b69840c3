package com.sportshub.ws.broker;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.redisson.api.RScript;
import org.redisson.api.RedissonClient;
import org.redisson.api.options.OptionalOptions;
import org.redisson.client.RedisException;
import org.redisson.client.codec.StringCodec;

/**
 * The connection counts in Redis: a hash per subject ({@code namespace:connections:subject}) with a
 * field per node, and a key per node ({@code namespace:node:id}) that lives for one liveness period
 * unless renewed. Each change is one Lua script ({@link RedisScripts}), so claims from every node
 * are checked and counted one at a time.
 *
 * <p>The node's id is random, made when this store is: a node restarted under the same {@code
 * hub.node} is a new node, and the counts of its previous life lapse with that life's liveness
 * instead of adding to its new ones.
 *
 * <p>Every call waits at most {@link #TIMEOUT} and is not retried: a claim runs on a client's lane
 * and should rather fall back to the node's own count than hold the client up.
 */
final class RedisConnectionStore implements ConnectionStore {

  static final Duration TIMEOUT = Duration.ofSeconds(1);

  /** A subject's hash outlives its last write by this much (nodes renew theirs every hour). */
  static final Duration SUBJECT_EXPIRY = Duration.ofDays(1);

  private static final int MAX_BATCH = 500;

  private final String namespace;
  private final String node = UUID.randomUUID().toString();
  private final Duration liveness;
  private final RScript script;

  RedisConnectionStore(RedissonClient redisson, String namespace, Duration liveness) {
    this.namespace = namespace;
    this.liveness = liveness;
    this.script =
        redisson.getScript(
            OptionalOptions.defaults()
                .codec(StringCodec.INSTANCE)
                .timeout(TIMEOUT)
                .retryAttempts(0));
  }

  @Override
  public Claim claim(String subject, int mine, int limit) {
    List<Object> answer =
        eval(
            RScript.Mode.READ_WRITE,
            RedisScripts.CLAIM_CONNECTION,
            RScript.ReturnType.MULTI,
            List.of(RedisScripts.connectionsKey(namespace, subject)),
            namespace,
            node,
            String.valueOf(mine),
            String.valueOf(limit),
            String.valueOf(SUBJECT_EXPIRY.toSeconds()));
    return new Claim(
        ((Number) answer.get(0)).intValue() == 1, ((Number) answer.get(1)).intValue() == 1);
  }

  @Override
  public void write(Map<String, Integer> counts) {
    List<Map.Entry<String, Integer>> entries = new ArrayList<>(counts.entrySet());
    for (int from = 0; from < entries.size(); from += MAX_BATCH) {
      List<Object> args = new ArrayList<>();
      args.add(namespace);
      args.add(node);
      args.add(String.valueOf(SUBJECT_EXPIRY.toSeconds()));
      for (Map.Entry<String, Integer> count :
          entries.subList(from, Math.min(entries.size(), from + MAX_BATCH))) {
        args.add(count.getKey());
        args.add(String.valueOf(count.getValue()));
      }
      eval(
          RScript.Mode.READ_WRITE,
          RedisScripts.WRITE_CONNECTIONS,
          RScript.ReturnType.INTEGER,
          List.of(),
          args.toArray());
    }
  }

  @Override
  public boolean renewLiveness() {
    Number existed =
        eval(
            RScript.Mode.READ_WRITE,
            RedisScripts.RENEW_NODE,
            RScript.ReturnType.INTEGER,
            List.of(RedisScripts.nodeKey(namespace, node)),
            String.valueOf(liveness.toMillis()));
    return existed.intValue() == 1;
  }

  @Override
  public void forget() {
    eval(
        RScript.Mode.READ_WRITE,
        "return redis.call('DEL', KEYS[1])",
        RScript.ReturnType.INTEGER,
        List.of(RedisScripts.nodeKey(namespace, node)));
  }

  /**
   * Runs a script, waiting at most a little over {@link #TIMEOUT} whatever Redisson does meanwhile
   * (a lost connection may otherwise hold a call until it is re-made).
   */
  private <R> R eval(
      RScript.Mode mode, String lua, RScript.ReturnType type, List<Object> keys, Object... args) {
    CompletableFuture<R> call =
        script.<R>evalAsync(mode, lua, type, keys, args).toCompletableFuture();
    try {
      return call.get(TIMEOUT.toMillis() + 500, TimeUnit.MILLISECONDS);
    } catch (TimeoutException slow) {
      call.cancel(true);
      throw new RedisException("no answer from Redis within " + TIMEOUT);
    } catch (ExecutionException failed) {
      // the cause's own message may quote the whole script: the log line names its kind only
      throw new RedisException(
          "Redis failed: " + failed.getCause().getClass().getSimpleName(), failed.getCause());
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new RedisException("interrupted while waiting for Redis");
    }
  }
}
