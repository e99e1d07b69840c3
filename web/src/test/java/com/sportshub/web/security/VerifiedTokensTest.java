package com.sportshub.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class VerifiedTokensTest {

  private final AtomicLong now =
      new AtomicLong(Instant.parse("2026-11-22T12:00:00Z").toEpochMilli());

  private VerifiedTokens<String> tokens(Duration ttl, int capacity) {
    return new VerifiedTokens<>(ttl, capacity, now::get);
  }

  private Instant inSeconds(long seconds) {
    return Instant.ofEpochMilli(now.get()).plusSeconds(seconds);
  }

  @Test
  void aRememberedTokenIsFoundUntilItExpiresAndNotFromThatMomentOn() {
    VerifiedTokens<String> tokens = tokens(Duration.ofMinutes(5), 10);
    tokens.remember("header.claims.signature", "alice", inSeconds(30));

    now.addAndGet(29_999);
    assertEquals(Optional.of("alice"), tokens.find("header.claims.signature"));
    now.addAndGet(1);
    assertEquals(Optional.empty(), tokens.find("header.claims.signature"));
    assertEquals(0, tokens.size());
  }

  @Test
  void aTokenThatOutlivesTheTimeToLiveIsForgottenWhenTheTimeToLivePasses() {
    VerifiedTokens<String> tokens = tokens(Duration.ofSeconds(60), 10);
    tokens.remember("t", "alice", inSeconds(3_600));

    now.addAndGet(60_000);

    assertEquals(Optional.empty(), tokens.find("t"));
  }

  @Test
  void theSameClaimsWithAnotherSignatureAreNotTheRememberedToken() {
    VerifiedTokens<String> tokens = tokens(Duration.ofSeconds(60), 10);
    tokens.remember("header.claims.signature", "alice", inSeconds(30));

    assertEquals(Optional.empty(), tokens.find("header.claims.signaturf"));
    assertEquals(Optional.empty(), tokens.find("header.claims."));
  }

  @Test
  void anAlreadyExpiredTokenIsNotRemembered() {
    VerifiedTokens<String> tokens = tokens(Duration.ofSeconds(60), 10);

    tokens.remember("t", "alice", inSeconds(0));

    assertEquals(0, tokens.size());
  }

  @Test
  void whenFullExpiredTokensMakeRoomAndLiveOnesAreNotPushedOut() {
    VerifiedTokens<String> tokens = tokens(Duration.ofSeconds(60), 2);
    tokens.remember("short", "a", inSeconds(1));
    tokens.remember("long", "b", inSeconds(50));

    now.addAndGet(1_000);
    tokens.remember("new", "c", inSeconds(50));
    tokens.remember("newer", "d", inSeconds(50));

    assertEquals(Optional.of("b"), tokens.find("long"));
    assertEquals(Optional.of("c"), tokens.find("new"));
    assertEquals(Optional.empty(), tokens.find("newer"));
    assertEquals(2, tokens.size());
  }

  @Test
  void aTimeToLiveOfZeroKeepsNothing() {
    VerifiedTokens<String> tokens = tokens(Duration.ZERO, 10);

    tokens.remember("t", "alice", inSeconds(30));

    assertEquals(Optional.empty(), tokens.find("t"));
    assertEquals(0, tokens.size());
  }
}
