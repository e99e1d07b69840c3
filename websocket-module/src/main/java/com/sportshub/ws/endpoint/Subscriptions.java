package com.sportshub.ws.endpoint;

import com.sportshub.ws.broker.Broker;
import com.sportshub.ws.broker.Replay;
import com.sportshub.ws.endpoint.Messages.Unasked;
import com.sportshub.ws.hub.Fanout;
import com.sportshub.ws.hub.Greeting;
import com.sportshub.ws.hub.Snapshots;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.websocket.CloseReason;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Subscribing and unsubscribing. Runs on the client's own lane: a subscription may read a snapshot
 * from the database or a replay from Redis.
 */
@ApplicationScoped
class Subscriptions {

  private static final Logger LOG = Logger.getLogger(Subscriptions.class.getName());

  /** How long to wait before each new try to restore a channel the hub restarted by itself. */
  static final long[] RESTORE_DELAYS_MS = {250, 1_000, 4_000};

  @Inject Fanout fanout;
  @Inject Broker broker;
  @Inject Snapshots snapshots;
  @Inject HubSettings settings;
  @Inject HubMetrics metrics;
  @Inject @Any Instance<Greeting> greetings;

  void subscribe(ClientSession client, String channel, OptionalLong since, JsonValue id) {
    Optional<ErrorCode> refusal = refusal(client, channel);
    if (refusal.isPresent()) {
      client.send(Messages.error(refusal.get(), explain(refusal.get(), channel), id, channel));
      return;
    }
    if (!client.beginSubscription(channel)) {
      client.restartSubscription(channel);
    }
    fanout.join(channel, client);
    catchUp(client, channel, since, null, id);
  }

  /**
   * Completes a subscription the hub restarted by itself, with a {@code subscribed} nobody asked
   * for. After the cluster lost its history ({@code RESET}) the channel starts again from seq 1, so
   * the client gets all of the new history (or a snapshot); after the client fell behind ({@code
   * CONFLATED}) it gets the current snapshot in place of the updates the hub dropped.
   */
  void resubscribe(ClientSession client, String channel, Unasked why) {
    metrics.restarted(why);
    restore(client, channel, why, 0);
  }

  private void restore(ClientSession client, String channel, Unasked why, int attempt) {
    if (client.channels().contains(channel)) {
      OptionalLong since = why == Unasked.RESET ? OptionalLong.of(0) : OptionalLong.empty();
      catchUp(client, channel, since, why, null, attempt);
    }
  }

  /**
   * A channel the hub restarted by itself could not be caught up (Redis or the database failed just
   * then). The client did not ask and would never learn it must subscribe again, so the hub tries
   * again a few times ({@link #RESTORE_DELAYS_MS}), the channel's updates held meanwhile, and then
   * closes the connection with 1011 so that the client reconnects and resumes with {@code since},
   * on this node or another.
   */
  private void restoreLater(
      ClientSession client, String channel, Unasked why, int attempt, RuntimeException failure) {
    if (attempt < RESTORE_DELAYS_MS.length) {
      LOG.fine(() -> "restoring " + channel + " for " + client.id() + " failed; trying again");
      client.later(RESTORE_DELAYS_MS[attempt], () -> restore(client, channel, why, attempt + 1));
      return;
    }
    LOG.warning(
        "could not restore "
            + channel
            + " for "
            + client.id()
            + " after "
            + (attempt + 1)
            + " tries ("
            + failure
            + "); closing it with 1011 so that it resumes");
    drop(client, channel);
    client.close(
        CloseReason.CloseCodes.UNEXPECTED_CONDITION,
        "could not restore " + channel + ": reconnect and subscribe with since");
  }

  /** Completes a held subscription with a replay after {@code since} or else a snapshot. */
  private void catchUp(
      ClientSession client, String channel, OptionalLong since, Unasked unasked, JsonValue id) {
    catchUp(client, channel, since, unasked, id, 0);
  }

  private void catchUp(
      ClientSession client,
      String channel,
      OptionalLong since,
      Unasked unasked,
      JsonValue id,
      int attempt) {
    greet(client, channel);
    try {
      if (since.isPresent()) {
        Replay replay = broker.since(channel, since.getAsLong());
        String resumed = Messages.subscribed(channel, replay.lastSeq(), null, true, unasked, id);
        if (replay.complete() && replay.updates().size() < client.room()) {
          client.completeSubscription(channel, replay.lastSeq(), resumed, replay.updates());
          countResume(unasked, HubMetrics.Resume.RECOVERED);
          return;
        }
        if (replay.complete() && !Channels.hasState(channel)) {
          client.completeSubscriptionInParts(channel, replay.lastSeq(), resumed, replay.updates());
          countResume(unasked, HubMetrics.Resume.PACED);
          return;
        }
        // otherwise a snapshot stands in for a replay the client's queue has no room for
        countResume(unasked, HubMetrics.Resume.SNAPSHOT);
      }
      long seq = broker.lastSeq(channel);
      Optional<String> snapshot = snapshots.of(channel);
      if (snapshot.isEmpty()) {
        drop(client, channel);
        client.send(Messages.error(ErrorCode.NOT_FOUND, "no such " + channel, id, channel));
        return;
      }
      client.completeSubscription(
          channel,
          seq,
          Messages.subscribed(channel, seq, snapshot.get(), false, unasked, id),
          List.of());
    } catch (RuntimeException e) {
      if (unasked != null) {
        restoreLater(client, channel, unasked, attempt, e);
        return;
      }
      LOG.log(Level.WARNING, "subscribing " + client.id() + " to " + channel + " failed", e);
      drop(client, channel);
      client.send(Messages.error(ErrorCode.INTERNAL, "try again shortly", id, channel));
    }
  }

  /** Counts a client's own resume; the hub's restarts are counted as such. */
  private void countResume(Unasked unasked, HubMetrics.Resume how) {
    if (unasked == null) {
      metrics.resumed(how);
    }
  }

  /** Sends what the channel's subscribers get first; a greeting that fails is left out. */
  private void greet(ClientSession client, String channel) {
    for (Greeting greeting : greetings) {
      if (greeting.serves(channel)) {
        try {
          greeting.message(channel).ifPresent(client::send);
        } catch (RuntimeException e) {
          LOG.log(Level.WARNING, "greeting " + client.id() + " on " + channel + " failed", e);
        }
      }
    }
  }

  private Optional<ErrorCode> refusal(ClientSession client, String channel) {
    if (!Channels.isValid(channel)) {
      return Optional.of(ErrorCode.INVALID_CHANNEL);
    }
    String owner = Channels.owner(channel);
    Caller caller = client.caller();
    if (owner != null && caller.anonymous()) {
      return Optional.of(ErrorCode.UNAUTHORIZED);
    }
    if (owner != null && !owner.equals(caller.subject())) {
      return Optional.of(ErrorCode.FORBIDDEN);
    }
    if (!client.channels().contains(channel)
        && client.channelCount() >= settings.maxSubscriptions()) {
      return Optional.of(ErrorCode.TOO_MANY_SUBSCRIPTIONS);
    }
    return Optional.empty();
  }

  private String explain(ErrorCode code, String channel) {
    return switch (code) {
      case INVALID_CHANNEL -> "not a channel name: " + channel;
      case UNAUTHORIZED -> channel + " needs an authenticated connection";
      case FORBIDDEN -> channel + " belongs to another user";
      case TOO_MANY_SUBSCRIPTIONS -> "at most " + settings.maxSubscriptions() + " channels";
      default -> code.name();
    };
  }

  void unsubscribe(ClientSession client, String channel, JsonValue id) {
    if (channel == null || !client.channels().contains(channel)) {
      client.send(Messages.error(ErrorCode.BAD_REQUEST, "not subscribed to " + channel, id));
      return;
    }
    drop(client, channel);
    client.send(Messages.reply("unsubscribed", id).add("channel", channel).build().toString());
  }

  /** After the token ran out: the caller is anonymous now and loses its private channels. */
  void tokenExpired(ClientSession client, Caller expired) {
    client.channels().stream()
        .filter(channel -> Channels.owner(channel) != null)
        .toList()
        .forEach(channel -> drop(client, channel));
    client.send(
        Messages.error(
            ErrorCode.TOKEN_EXPIRED,
            "the token of " + expired.subject() + " expired; the connection is anonymous now",
            null));
  }

  void leaveAll(ClientSession client) {
    List.copyOf(client.channels()).forEach(channel -> drop(client, channel));
  }

  private void drop(ClientSession client, String channel) {
    fanout.leave(channel, client);
    client.endSubscription(channel);
  }
}
