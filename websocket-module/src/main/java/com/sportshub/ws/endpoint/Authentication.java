package com.sportshub.ws.endpoint;

import com.sportshub.ws.broker.JsonText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;

/**
 * Turns a token (from an {@code auth} message or the {@code access_token} query parameter) into the
 * connection's caller, within the per-user connection limit. Runs on the client's lane: the claim
 * may wait for Redis (see {@link Connections}).
 */
@ApplicationScoped
class Authentication {

  @Inject BearerTokens tokens;
  @Inject Connections connections;

  void authenticate(ClientSession client, String token, JsonValue id) {
    Caller caller;
    try {
      caller = tokens.verify(token);
    } catch (TokenRejected rejected) {
      client.send(Messages.error(rejected.code(), rejected.getMessage(), id));
      return;
    }
    if (!connections.isOpen(client)) {
      return; // closed while this waited on the lane: its place was given back already
    }
    Caller before = client.caller();
    if (!caller.subject().equals(before.subject()) && !connections.claim(caller)) {
      client.send(
          Messages.error(
              ErrorCode.TOO_MANY_CONNECTIONS, caller.subject() + " has too many connections", id));
      client.close(CloseCodes.TOO_MANY_CONNECTIONS, "too many connections for this user");
      return;
    }
    if (!caller.subject().equals(before.subject())) {
      connections.release(before);
    }
    client.caller(caller);
    var roles = JsonText.JSON.createArrayBuilder();
    caller.roles().stream().sorted().forEach(roles::add);
    client.send(
        Messages.reply("authenticated", id)
            .add("subject", caller.subject())
            .add("roles", roles)
            .add("expiresAt", caller.expiresAt().toString())
            .build()
            .toString());
  }
}
