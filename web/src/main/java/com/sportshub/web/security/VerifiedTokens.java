package com.sportshub.web.security;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * What the server concluded about bearer tokens it has verified, kept by the SHA-256 of each
 * token's whole text (signature included) until the earlier of the token's own expiry and a
 * time-to-live. Bounded: when full, expired entries make room, and a token that still finds no room
 * is simply verified again next time.
 */
final class VerifiedTokens<V> {

  private record Entry<V>(V value, long expiresAtMillis) {}

  private final long ttlMillis;
  private final int capacity;
  private final LongSupplier clock;
  private final Map<ByteBuffer, Entry<V>> entries = new ConcurrentHashMap<>();

  /** {@code ttl} zero keeps nothing. */
  VerifiedTokens(Duration ttl, int capacity, LongSupplier clockMillis) {
    this.ttlMillis = ttl.toMillis();
    this.capacity = capacity;
    this.clock = clockMillis;
  }

  /** What was remembered for exactly this token, while it has not expired. */
  Optional<V> find(String token) {
    if (ttlMillis <= 0) {
      return Optional.empty();
    }
    ByteBuffer key = digest(token);
    Entry<V> entry = entries.get(key);
    if (entry == null) {
      return Optional.empty();
    }
    if (clock.getAsLong() >= entry.expiresAtMillis()) {
      entries.remove(key, entry);
      return Optional.empty();
    }
    return Optional.of(entry.value());
  }

  /** Remembers {@code value} for {@code token}, which expires at {@code expiry}. */
  void remember(String token, V value, Instant expiry) {
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
    entries.put(digest(token), new Entry<>(value, until));
  }

  int size() {
    return entries.size();
  }

  private static ByteBuffer digest(String token) {
    try {
      return ByteBuffer.wrap(
          MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
