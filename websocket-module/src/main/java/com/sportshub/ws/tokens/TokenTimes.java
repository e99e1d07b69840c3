package com.sportshub.ws.tokens;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import org.eclipse.microprofile.config.Config;

/**
 * When a token may be used, in seconds since the epoch, with the MicroProfile JWT settings {@code
 * mp.jwt.verify.clock.skew} (seconds of leeway, 0 by default) and {@code mp.jwt.verify.token.age}
 * (the oldest {@code iat} taken, unset by default).
 *
 * <p>Expiry and age are checked as Payara's MicroProfile JWT checks them on REST; {@code nbf} (RFC
 * 7519, section 4.1.5: "MUST NOT be accepted for processing" before it), which Payara does not
 * check, is checked by the hub on both paths.
 */
public final class TokenTimes {

  /** Why a token's times refuse it. */
  public enum Refusal {
    EXPIRED("the token expired"),
    ISSUED_AFTER_EXPIRY("the token was issued after its expiry"),
    NOT_YET_VALID("the token is not valid yet (nbf)"),
    TOO_OLD("the token was issued too long ago");

    private final String text;

    Refusal(String text) {
      this.text = text;
    }

    public String text() {
      return text;
    }
  }

  private final long skewSeconds;
  private final OptionalLong maxAgeSeconds;

  public TokenTimes(long skewSeconds, OptionalLong maxAgeSeconds) {
    this.skewSeconds = skewSeconds;
    this.maxAgeSeconds = maxAgeSeconds;
  }

  public static TokenTimes of(Config config) {
    long skew = config.getOptionalValue("mp.jwt.verify.clock.skew", Long.class).orElse(0L);
    return new TokenTimes(
        skew,
        config
            .getOptionalValue("mp.jwt.verify.token.age", Long.class)
            .map(OptionalLong::of)
            .orElse(OptionalLong.empty()));
  }

  /** Why a token with these claims may not be used at {@code now}; empty when it may. */
  public Optional<Refusal> check(long now, long exp, long iat, OptionalLong nbf) {
    if (now - skewSeconds >= exp) {
      return Optional.of(Refusal.EXPIRED);
    }
    if (iat >= exp) {
      return Optional.of(Refusal.ISSUED_AFTER_EXPIRY);
    }
    if (nbf.isPresent() && nbf.getAsLong() > now + skewSeconds) {
      return Optional.of(Refusal.NOT_YET_VALID);
    }
    if (maxAgeSeconds.isPresent() && now - skewSeconds - iat > maxAgeSeconds.getAsLong()) {
      return Optional.of(Refusal.TOO_OLD);
    }
    return Optional.empty();
  }

  /** The first instant a token of this {@code exp} is refused as expired. */
  public Instant expiry(long exp) {
    return Instant.ofEpochSecond(exp + skewSeconds);
  }
}
