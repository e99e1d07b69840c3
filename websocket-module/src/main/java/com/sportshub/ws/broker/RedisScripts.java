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
   * KEYS: seq counter, log, topic, generation. ARGV: channel, frame head, frame tail, ts, window
   * updates, window age in ms, window ceiling, idle TTL in s, a generation to start if there is
   * none. Log entries are "ts|frame"; the log holds consecutive seqs ending at the counter, so an
   * entry's seq follows from its position. The message is "generation\nchannel\nseq\nframe".
   */
  static final String PUBLISH =
      """
      local generation = redis.call('GET', KEYS[4])
      if not generation then
        generation = ARGV[9]
        redis.call('SET', KEYS[4], generation)
      end
      local seq = redis.call('INCR', KEYS[1])
      local frame = ARGV[2] .. seq .. ARGV[3]
      local held = redis.call('RPUSH', KEYS[2], ARGV[4] .. '|' .. frame)
      local keep, ceiling = tonumber(ARGV[5]), tonumber(ARGV[7])
      local too_old = tonumber(ARGV[4]) - tonumber(ARGV[6])
      while held > keep do
        local oldest = redis.call('LINDEX', KEYS[2], 0)
        if held > ceiling or tonumber(string.match(oldest, '^(%d+)|')) < too_old then
          redis.call('LPOP', KEYS[2])
          held = held - 1
        else
          break
        end
      end
      redis.call('EXPIRE', KEYS[1], ARGV[8])
      redis.call('EXPIRE', KEYS[2], ARGV[8])
      redis.call('PUBLISH', KEYS[3], generation .. '\\n' .. ARGV[1] .. '\\n' .. seq .. '\\n' .. frame)
      return seq
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
