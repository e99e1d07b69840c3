package com.sportshub.ws.tokens;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.AsymmetricJWK;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.text.ParseException;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * The keys that may have signed a token, read from what {@code mp.jwt.verify.publickey} or the file
 * at {@code mp.jwt.verify.publickey.location} holds: a PEM (or bare Base64) public key, RSA or EC,
 * or a JSON Web Key Set (RFC 7517).
 *
 * <p>A key is chosen as Payara's MicroProfile JWT chooses it, so both paths pick the same one: a
 * token with a {@code kid} takes the set's key of that id, and none if there is none; a token
 * without one takes the set's first key; a PEM key is the only key.
 */
public final class TokenKeySet {

  private final List<JWK> jwks;
  private final PublicKey single;

  private TokenKeySet(List<JWK> jwks, PublicKey single) {
    this.jwks = jwks;
    this.single = single;
  }

  public static TokenKeySet of(PublicKey key) {
    return new TokenKeySet(List.of(), key);
  }

  /**
   * @throws IllegalStateException when the text is neither a key set nor a public key
   */
  public static TokenKeySet parse(String text) {
    String trimmed = text.strip();
    if (trimmed.startsWith("{")) {
      try {
        List<JWK> keys = JWKSet.parse(trimmed).getKeys();
        if (keys.isEmpty()) {
          throw new IllegalStateException("the JWT verification key set has no key");
        }
        return new TokenKeySet(keys, null);
      } catch (ParseException e) {
        throw new IllegalStateException("the JWT verification key set cannot be read", e);
      }
    }
    return of(pem(trimmed));
  }

  /** The key a token with this {@code kid} (null for none) must be signed with, if any. */
  public Optional<PublicKey> keyFor(String kid) {
    if (single != null) {
      return Optional.of(single);
    }
    JWK jwk =
        kid == null
            ? jwks.get(0)
            : jwks.stream().filter(k -> kid.equals(k.getKeyID())).findFirst().orElse(null);
    if (!(jwk instanceof AsymmetricJWK asymmetric)) {
      return Optional.empty();
    }
    try {
      return Optional.of(asymmetric.toPublicKey());
    } catch (JOSEException e) {
      return Optional.empty();
    }
  }

  /** An X.509 public key in PEM or bare Base64: RSA, else EC, as Payara tries them. */
  private static PublicKey pem(String pem) {
    String base64 = pem.replaceAll("-----(BEGIN|END) [A-Z ]+-----", "").replaceAll("\\s", "");
    byte[] der;
    try {
      der = Base64.getDecoder().decode(base64);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("the JWT verification key is not a PEM public key", e);
    }
    for (String algorithm : List.of("RSA", "EC")) {
      try {
        return KeyFactory.getInstance(algorithm).generatePublic(new X509EncodedKeySpec(der));
      } catch (GeneralSecurityException notThisOne) {
        // try the next
      }
    }
    throw new IllegalStateException("the JWT verification key is neither an RSA nor an EC key");
  }
}
