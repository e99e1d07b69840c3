package com.sportshub.web.security;

import com.sportshub.web.problems.Problems;
import com.sportshub.ws.tokens.TokenTimes;
import jakarta.annotation.Priority;
import jakarta.json.JsonNumber;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Holds a request's token to the hub's time rules ({@link TokenTimes}), the same the socket
 * applies. MicroProfile JWT has checked expiry and age when it took the token, but not {@code nbf}
 * (RFC 7519, section 4.1.5), and an identity store cannot refuse a token another store vouches for;
 * so the check runs here, before any role is looked at, and a token not yet valid gets 401.
 */
@Provider
@Priority(Priorities.AUTHENTICATION + 1)
public class TokenTimesCheck implements ContainerRequestFilter {

  private final TokenTimes times = TokenTimes.of(ConfigProvider.getConfig());

  @Override
  public void filter(ContainerRequestContext request) {
    if (!(request.getSecurityContext().getUserPrincipal() instanceof JsonWebToken jwt)) {
      return;
    }
    Optional<TokenTimes.Refusal> refusal = refusal(jwt);
    if (refusal.isPresent()) {
      request.abortWith(
          Response.fromResponse(Problems.of(401, "Unauthorized", refusal.get().text()))
              .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"")
              .build());
    }
  }

  private Optional<TokenTimes.Refusal> refusal(JsonWebToken jwt) {
    Object nbf = jwt.getClaim("nbf");
    OptionalLong notBefore;
    if (nbf instanceof JsonNumber number && number.isIntegral()) {
      notBefore = OptionalLong.of(number.longValue());
    } else if (nbf instanceof Number number) {
      notBefore = OptionalLong.of(number.longValue());
    } else if (nbf == null) {
      notBefore = OptionalLong.empty();
    } else {
      return Optional.of(TokenTimes.Refusal.NOT_YET_VALID);
    }
    return times.check(
        Instant.now().getEpochSecond(), jwt.getExpirationTime(), jwt.getIssuedAtTime(), notBefore);
  }
}
