package com.sportshub.ws.tokens;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * What the server concluded about bearer tokens it has verified, kept by each token's whole text
 * (signature included) until the earlier of the token's own expiry and a time-to-live. By the text
 * itself, not a digest of it: the look-up runs on every request, and a SHA-256 of the token was its
 * costliest part (the text is in the request's buffers anyway, and at most a few megabytes here).
 * Bounded: when full, expired entries make room, and a token that still finds no room is simply
 * verified again next time.
 */
public final class VerifiedTokens<V> {

  private record Entry<V>(V value, long expiresAtMillis) {}

  private final long ttlMillis;
  private final int capacity;
  private final LongSupplier clock;
  private final Map<String, Entry<V>> entries = new ConcurrentHashMap<>();

  /** {@code ttl} zero keeps nothing. */
  public VerifiedTokens(Duration ttl, int capacity, LongSupplier clockMillis) {
    this.ttlMillis = ttl.toMillis();
    this.capacity = capacity;
    this.clock = clockMillis;
  }

  /** What was remembered for exactly this token, while it has not expired. */
  public Optional<V> find(String token) {
    if (ttlMillis <= 0) {
      return Optional.empty();
    }
    Entry<V> entry = entries.get(token);
    if (entry == null) {
      return Optional.empty();
    }
    if (clock.getAsLong() >= entry.expiresAtMillis()) {
      entries.remove(token, entry);
      return Optional.empty();
    }
    return Optional.of(entry.value());
  }

  /** Remembers {@code value} for {@code token}, which expires at {@code expiry}. */
  public void remember(String token, V value, Instant expiry) {
    long now = clock.getAsLong();
    long until = Math.min(expiry.toEpochMilli(), now + ttlMillis);
    if (until <= now) {
      return;
    }
    if (entries.size() >= capacity) {
      entries.values().removeIf(entry -> now >= entry.expiresAtMillis());
      if (entries.size() >= capacity) {
        return;
      }
    }
    entries.put(token, new Entry<>(value, until));
  }

  int size() {
    return entries.size();
  }
}
