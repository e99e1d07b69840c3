package com.sportshub.ws.broker;

/** The Lua scripts and key names of the Redis broker; Redis runs each script atomically. */
final class RedisScripts {

  private RedisScripts() {}

  static String seqKey(String namespace, String channel) {
    return namespace + ":seq:" + channel;
  }

  static String logKey(String namespace, String channel) {
    return namespace + ":log:" + channel;
  }

  static String topic(String namespace) {
    return namespace + ":updates";
  }

  /** Names the current history; a Redis that restarted empty gets a new one on first publish. */
  static String generationKey(String namespace) {
    return namespace + ":generation";
  }

  /**
   * Publishes a batch, in order, in one round trip. KEYS: topic, generation. ARGV: namespace,
   * window updates, window age in ms, window ceiling, idle TTL in s, a generation to start if there
   * is none; then four per publication: channel, frame head, frame tail, ts. Each channel's counter
   * and log are "namespace:seq:channel" and "namespace:log:channel" (named here, not in KEYS: the
   * hub runs on one Redis, not a Redis Cluster). Log entries are "ts|frame"; a log holds
   * consecutive seqs ending at the counter, so an entry's seq follows from its position. Each
   * message is "generation\nchannel\nseq\nframe".
   */
  static final String PUBLISH =
      """
      local generation = redis.call('GET', KEYS[2])
      if not generation then
        generation = ARGV[6]
        redis.call('SET', KEYS[2], generation)
      end
      local keep, age, ceiling = tonumber(ARGV[2]), tonumber(ARGV[3]), tonumber(ARGV[4])
      for i = 7, #ARGV, 4 do
        local channel, ts = ARGV[i], ARGV[i + 3]
        local seq_key = ARGV[1] .. ':seq:' .. channel
        local log_key = ARGV[1] .. ':log:' .. channel
        local seq = redis.call('INCR', seq_key)
        local frame = ARGV[i + 1] .. seq .. ARGV[i + 2]
        local held = redis.call('RPUSH', log_key, ts .. '|' .. frame)
        local too_old = tonumber(ts) - age
        while held > keep do
          local oldest = redis.call('LINDEX', log_key, 0)
          if held > ceiling or tonumber(string.match(oldest, '^(%d+)|')) < too_old then
            redis.call('LPOP', log_key)
            held = held - 1
          else
            break
          end
        end
        redis.call('EXPIRE', seq_key, ARGV[5])
        redis.call('EXPIRE', log_key, ARGV[5])
        redis.call('PUBLISH', KEYS[1], generation .. '\\n' .. channel .. '\\n' .. seq .. '\\n' .. frame)
      end
      return 1
      """;

  /**
   * KEYS: seq counter, log. ARGV: since. Returns {lastSeq, 1, entries after since...} when the log
   * holds all of them, else {lastSeq, 0}.
   */
  static final String SINCE =
      """
      local last = tonumber(redis.call('GET', KEYS[1]) or '0')
      local since = tonumber(ARGV[1])
      local first = last - redis.call('LLEN', KEYS[2]) + 1
      if since > last or since < first - 1 then
        return {last, 0}
      end
      local answer = redis.call('LRANGE', KEYS[2], since - first + 1, -1)
      table.insert(answer, 1, 1)
      table.insert(answer, 1, last)
      return answer
      """;
}
