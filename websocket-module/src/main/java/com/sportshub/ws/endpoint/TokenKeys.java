package com.sportshub.ws.endpoint;

import com.sportshub.ws.tokens.TokenTimes;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Builds the WebSocket's token verifier from the same MicroProfile Config keys as MP-JWT: {@code
 * mp.jwt.verify.publickey} (PEM or Base64) or {@code mp.jwt.verify.publickey.location} (a path,
 * {@code file:}, {@code http(s):} or {@code classpath:}), and {@code mp.jwt.verify.issuer}. Without
 * a key no token is accepted, as on the REST API.
 */
@ApplicationScoped
class TokenKeys {

  private volatile Optional<TokenVerifier> verifier;

  Optional<TokenVerifier> verifier() {
    if (verifier == null) {
      verifier = load(ConfigProvider.getConfig(TokenKeys.class.getClassLoader()));
    }
    return verifier;
  }

  private static Optional<TokenVerifier> load(Config config) {
    Optional<String> issuer = config.getOptionalValue("mp.jwt.verify.issuer", String.class);
    Optional<String> pem =
        config
            .getOptionalValue("mp.jwt.verify.publickey", String.class)
            .or(
                () ->
                    config
                        .getOptionalValue("mp.jwt.verify.publickey.location", String.class)
                        .map(TokenKeys::read));
    if (issuer.isEmpty() || pem.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new TokenVerifier(
            publicKey(pem.get()), issuer.get(), TokenTimes.of(config), Clock.systemUTC()));
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

  static PublicKey publicKey(String pem) {
    String base64 = pem.replaceAll("-----(BEGIN|END) PUBLIC KEY-----", "").replaceAll("\\s", "");
    try {
      return KeyFactory.getInstance("RSA")
          .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new IllegalStateException("the JWT verification key is not an RSA public key", e);
    }
  }
}
