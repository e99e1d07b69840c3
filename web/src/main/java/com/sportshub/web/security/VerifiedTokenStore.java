package com.sportshub.web.security;

import static jakarta.security.enterprise.identitystore.CredentialValidationResult.INVALID_RESULT;
import static jakarta.security.enterprise.identitystore.CredentialValidationResult.NOT_VALIDATED_RESULT;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.CredentialValidationResult.Status;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.lang.reflect.Method;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The first identity store asked about a bearer token: it answers from {@link VerifiedTokens} when
 * the very same token was verified before, and otherwise asks the other stores (MicroProfile JWT's,
 * which checks the signature, issuer and times) and remembers what they vouched for, until the
 * token expires or {@code hub.auth.verified-token-seconds} (60) pass.
 *
 * <p>A writer posts many requests with one token; a profile of the hub taking 300 broadcasts a
 * second put a third of its request threads' time in MicroProfile JWT parsing and RSA-verifying
 * that same token again. A remembered token is as good as verified: its text, signature included,
 * is what was checked, and only its expiry can change that, which is checked on every use. The
 * time-to-live bounds how long a token signed by a key since withdrawn is still taken.
 */
@ApplicationScoped
public class VerifiedTokenStore implements IdentityStore {

  private static final int CAPACITY = 10_000;

  /** How a credential of each class gives up its token text, if it does. */
  private static final ClassValue<Optional<Method>> TOKEN_TEXT =
      new ClassValue<>() {
        @Override
        protected Optional<Method> computeValue(Class<?> type) {
          try {
            Method method = type.getMethod("getSignedJWT");
            return method.getReturnType() == String.class ? Optional.of(method) : Optional.empty();
          } catch (NoSuchMethodException e) {
            return Optional.empty();
          }
        }
      };

  @Inject @Any Instance<IdentityStore> stores;

  private VerifiedTokens<CredentialValidationResult> verified;

  @PostConstruct
  void configure() {
    int seconds =
        ConfigProvider.getConfig()
            .getOptionalValue("hub.auth.verified-token-seconds", Integer.class)
            .orElse(60);
    verified =
        new VerifiedTokens<>(Duration.ofSeconds(seconds), CAPACITY, System::currentTimeMillis);
  }

  @Override
  public int priority() {
    return 10;
  }

  @Override
  public CredentialValidationResult validate(Credential credential) {
    Optional<String> token = tokenText(credential);
    if (token.isEmpty()) {
      return NOT_VALIDATED_RESULT;
    }
    return verified.find(token.get()).orElseGet(() -> verify(token.get(), credential));
  }

  /** As the identity store handler would: the first store to vouch for it, by priority. */
  private CredentialValidationResult verify(String token, Credential credential) {
    boolean refused = false;
    for (IdentityStore store :
        stores.stream()
            .filter(store -> !(store instanceof VerifiedTokenStore))
            .filter(store -> store.validationTypes().contains(ValidationType.VALIDATE))
            .sorted(Comparator.comparingInt(IdentityStore::priority))
            .toList()) {
      CredentialValidationResult result = store.validate(credential);
      if (result.getStatus() == Status.VALID) {
        // The handler takes a store's groups only from a store that provides groups; so here.
        CredentialValidationResult answer =
            store.validationTypes().contains(ValidationType.PROVIDE_GROUPS)
                ? result
                : new CredentialValidationResult(result.getCallerPrincipal());
        if (result.getCallerPrincipal() instanceof JsonWebToken jwt) {
          verified.remember(token, answer, Instant.ofEpochSecond(jwt.getExpirationTime()));
        }
        return answer;
      }
      refused |= result.getStatus() == Status.INVALID;
    }
    return refused ? INVALID_RESULT : NOT_VALIDATED_RESULT;
  }

  private static Optional<String> tokenText(Credential credential) {
    return TOKEN_TEXT
        .get(credential.getClass())
        .map(
            method -> {
              try {
                return (String) method.invoke(credential);
              } catch (ReflectiveOperationException e) {
                return null;
              }
            });
  }
}
