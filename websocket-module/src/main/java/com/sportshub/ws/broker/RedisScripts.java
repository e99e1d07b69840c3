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

  /**
   * Where the script publishes. Named after the message's shape (one message per batch), so a node
   * of an older release, which read one update per message on "namespace:updates", never misreads
   * one.
   */
  static String topic(String namespace) {
    return namespace + ":batches";
  }

  /** Names the current history; a Redis that restarted empty gets a new one on first publish. */
  static String generationKey(String namespace) {
    return namespace + ":generation";
  }

  /** A subject's connections: a hash with one field per node (its process id), the node's count. */
  static String connectionsKey(String namespace, String subject) {
    return namespace + ":connections:" + subject;
  }

  /** Exists while the node (a process id) is alive: it expires unless the node renews it. */
  static String nodeKey(String namespace, String node) {
    return namespace + ":node:" + node;
  }

  /**
   * Publishes a batch, in order, in one round trip. KEYS: topic, generation. ARGV: namespace,
   * window updates, window age in ms, window ceiling, idle TTL in s, a generation to start if there
   * is none, and the batch packed in one string (see {@link RedisPublisher}): per publication
   * "channel\nts\nheadBytes\ntailBytes\nchars\n" then the frame's head and tail, their lengths in
   * UTF-8 bytes (how Lua counts) and chars their length in UTF-16 units (how Java counts). One
   * argument, not four per publication: the client encodes and copies each argument apart, and with
   * hundreds per call that was most of the publishing thread's time. Each channel's counter and log
   * are "namespace:seq:channel" and "namespace:log:channel" (named here, not in KEYS: the hub runs
   * on one Redis, not a Redis Cluster). Log entries are "ts|frame"; a log holds consecutive seqs
   * ending at the counter, so an entry's seq follows from its position.
   *
   * <p>The whole batch goes out as one message, "generation\n" then per update
   * "channel\nseq\nchars\nframe" (chars counting the seq's digits too), so every node decodes and
   * dispatches one message per batch instead of one per update, and the reader slices each frame by
   * its length instead of scanning it. Each channel is written once per batch, however many of its
   * updates the batch holds: its counter moves by their number (INCRBY), its log takes them in one
   * RPUSH and is trimmed once, against the newest of their timestamps, and its keys get their idle
   * expiry. (Odds publish every change on the sport's channel too, so half a batch is often one
   * channel.)
   */
  static final String PUBLISH =
      """
      local generation = redis.call('GET', KEYS[2])
      if not generation then
        generation = ARGV[6]
        redis.call('SET', KEYS[2], generation)
      end
      local keep, age, ceiling = tonumber(ARGV[2]), tonumber(ARGV[3]), tonumber(ARGV[4])
      local batch, at = ARGV[7], 1
      local function field()
        local stop = string.find(batch, '\\n', at, true)
        local value = string.sub(batch, at, stop - 1)
        at = stop + 1
        return value
      end
      local updates, count, channels = {}, {}, {}
      while at <= #batch do
        local channel, ts = field(), field()
        local head_bytes, tail_bytes, chars = tonumber(field()), tonumber(field()), tonumber(field())
        local head = string.sub(batch, at, at + head_bytes - 1)
        local tail = string.sub(batch, at + head_bytes, at + head_bytes + tail_bytes - 1)
        at = at + head_bytes + tail_bytes
        updates[#updates + 1] = {channel, ts, tonumber(ts), head, tail, chars}
        if not count[channel] then
          channels[#channels + 1] = channel
          count[channel] = 0
        end
        count[channel] = count[channel] + 1
      end
      local seq = {}
      for _, channel in ipairs(channels) do
        seq[channel] = redis.call('INCRBY', ARGV[1] .. ':seq:' .. channel, count[channel]) - count[channel]
      end
      local message, entries, newest = {generation}, {}, {}
      for _, update in ipairs(updates) do
        local channel, ts, millis, head, tail, chars = unpack(update)
        seq[channel] = seq[channel] + 1
        local s = tostring(seq[channel])
        local entry = entries[channel]
        if not entry then
          entry = {}
          entries[channel] = entry
        end
        entry[#entry + 1] = ts .. '|' .. head .. s .. tail
        newest[channel] = math.max(newest[channel] or millis, millis)
        local n = #message -- the pieces, not their concatenation: table.concat copies them once
        message[n + 1] = '\\n' .. channel .. '\\n' .. s .. '\\n' .. (chars + #s) .. '\\n'
        message[n + 2], message[n + 3], message[n + 4] = head, s, tail
      end
      for _, channel in ipairs(channels) do
        local log_key = ARGV[1] .. ':log:' .. channel
        local held = redis.call('RPUSH', log_key, unpack(entries[channel]))
        local too_old = newest[channel] - age
        while held > keep do
          local oldest = redis.call('LINDEX', log_key, 0)
          if held > ceiling or tonumber(string.match(oldest, '^(%d+)|')) < too_old then
            redis.call('LPOP', log_key)
            held = held - 1
          else
            break
          end
        end
        redis.call('EXPIRE', ARGV[1] .. ':seq:' .. channel, ARGV[5])
        redis.call('EXPIRE', log_key, ARGV[5])
      end
      redis.call('PUBLISH', KEYS[1], table.concat(message))
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

  /**
   * Claims a place for one more connection of a subject. KEYS: the subject's connections hash.
   * ARGV: namespace, this node, this node's count of the subject now, the limit, the hash's expiry
   * in s. Adds up the fields of live nodes (another node's field whose liveness key is gone is
   * removed) with this node's count, and sets this node's field to its count, plus one if the sum
   * was below the limit. Returns {granted (1 or 0), this node's liveness key exists (1 or 0)}.
   */
  static final String CLAIM_CONNECTION =
      """
      local node, mine, limit = ARGV[2], tonumber(ARGV[3]), tonumber(ARGV[4])
      local total = mine
      local fields = redis.call('HGETALL', KEYS[1])
      for i = 1, #fields, 2 do
        local other = fields[i]
        if other ~= node then
          if redis.call('EXISTS', ARGV[1] .. ':node:' .. other) == 1 then
            total = total + tonumber(fields[i + 1])
          else
            redis.call('HDEL', KEYS[1], other)
          end
        end
      end
      local granted = 0
      if total < limit then
        granted = 1
        mine = mine + 1
      end
      if mine > 0 then
        redis.call('HSET', KEYS[1], node, mine)
        redis.call('EXPIRE', KEYS[1], ARGV[5])
      else
        redis.call('HDEL', KEYS[1], node)
      end
      return {granted, redis.call('EXISTS', ARGV[1] .. ':node:' .. node)}
      """;

  /**
   * Writes this node's counts. ARGV: namespace, this node, the hashes' expiry in s, then two per
   * subject: subject, count (0 removes this node's field). Keys are named here, not in KEYS: the
   * hub runs on one Redis, not a Redis Cluster.
   */
  static final String WRITE_CONNECTIONS =
      """
      for i = 4, #ARGV, 2 do
        local key = ARGV[1] .. ':connections:' .. ARGV[i]
        local count = tonumber(ARGV[i + 1])
        if count > 0 then
          redis.call('HSET', key, ARGV[2], count)
          redis.call('EXPIRE', key, ARGV[3])
        else
          redis.call('HDEL', key, ARGV[2])
        end
      end
      return 1
      """;

  /** KEYS: the node's liveness key. ARGV: its lifetime in ms. Returns 1 if it still existed. */
  static final String RENEW_NODE =
      """
      local existed = redis.call('EXISTS', KEYS[1])
      redis.call('SET', KEYS[1], '1', 'PX', ARGV[1])
      return existed
      """;
}
