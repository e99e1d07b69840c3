package com.sportshub.ws.endpoint;

import com.sportshub.ws.tokens.TokenKeySet;
import com.sportshub.ws.tokens.TokenRules;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Builds the WebSocket's token verifier from the same MicroProfile Config keys as MP-JWT: {@code
 * mp.jwt.verify.publickey} (PEM, Base64 or a JWK set) or {@code mp.jwt.verify.publickey.location}
 * (a path, {@code file:}, {@code http(s):} or {@code classpath:}, holding either), and {@link
 * TokenRules}' issuer, audiences, algorithm and times. Without a key or an issuer no token is
 * accepted, as on the REST API.
 *
 * <p>A key read from a location is read again when it is {@link #RELOAD_AFTER} old, as Payara reads
 * its own copy again after its cache's default five minutes: an identity provider that rolls its
 * keys over is followed on both paths. A location that cannot be read then keeps the keys it had,
 * and says so in the log.
 */
@ApplicationScoped
class TokenKeys {

  static final Duration RELOAD_AFTER = Duration.ofMinutes(5);
  private static final Logger LOG = Logger.getLogger(TokenKeys.class.getName());

  private record Loaded(Optional<TokenVerifier> verifier, boolean fromLocation, long atNanos) {}

  private volatile Loaded loaded;

  Optional<TokenVerifier> verifier() {
    Loaded now = loaded;
    if (now == null) {
      now = load(ConfigProvider.getConfig(TokenKeys.class.getClassLoader()));
      loaded = now;
    } else if (now.fromLocation() && System.nanoTime() - now.atNanos() > RELOAD_AFTER.toNanos()) {
      try {
        now = load(ConfigProvider.getConfig(TokenKeys.class.getClassLoader()));
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "the JWT verification key cannot be read again; keeping it", e);
        now = new Loaded(now.verifier(), true, System.nanoTime());
      }
      loaded = now;
    }
    return now.verifier();
  }

  private static Loaded load(Config config) {
    Optional<String> inline = config.getOptionalValue("mp.jwt.verify.publickey", String.class);
    Optional<String> text =
        inline.or(
            () ->
                config
                    .getOptionalValue("mp.jwt.verify.publickey.location", String.class)
                    .map(TokenKeys::read));
    Optional<TokenRules> rules = TokenRules.of(config);
    Optional<TokenVerifier> verifier =
        text.isEmpty() || rules.isEmpty()
            ? Optional.empty()
            : Optional.of(
                new TokenVerifier(TokenKeySet.parse(text.get()), rules.get(), Clock.systemUTC()));
    return new Loaded(verifier, inline.isEmpty() && text.isPresent(), System.nanoTime());
  }

  private static String read(String location) {
    try {
      if (location.startsWith("classpath:")) {
        try (InputStream in =
            TokenKeys.class
                .getClassLoader()
                .getResourceAsStream(location.substring(10).replaceFirst("^/", ""))) {
          return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
      }
      if (location.contains(":/")) {
        try (InputStream in = URI.create(location).toURL().openStream()) {
          return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
      }
      return Files.readString(Path.of(location));
    } catch (IOException | RuntimeException e) {
      throw new IllegalStateException("cannot read the JWT verification key at " + location, e);
    }
  }
}
