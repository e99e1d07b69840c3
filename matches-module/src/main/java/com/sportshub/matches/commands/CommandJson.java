package com.sportshub.matches.commands;

import com.sportshub.matches.query.MatchJson;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Commands and their results as JSON, the same over REST and WebSocket: {@code {"command":
 * "add_event", "clientId": "c-17", "event": {"type": "goal", "side": "home", "player": "Saka",
 * "minute": 23}}}. Reading checks only the types; what the values mean is the context's business.
 */
public final class CommandJson {

  private static final JsonProvider JSON = JsonProvider.provider();

  private CommandJson() {}

  /**
   * The command in the object; {@code matchId} is used when the object has none.
   *
   * @throws InvalidCommand naming a field of the wrong type
   */
  public static MatchCommand read(String matchId, JsonObject body) {
    String id = text(body, "matchId", "matchId");
    return new MatchCommand(
        id == null ? matchId : id,
        text(body, "command", "command"),
        text(body, "clientId", "clientId"),
        whole(body, "minute", "minute"),
        whole(body, "stoppage", "stoppage"),
        event(body),
        text(body, "eventId", "eventId"),
        text(body, "winner", "winner"),
        instant(body, "kickoff"),
        statistics(body));
  }

  private static EventInput event(JsonObject body) {
    JsonObject e = object(body, "event", "event");
    if (e == null) {
      return null;
    }
    return new EventInput(
        text(e, "type", "event.type"),
        text(e, "side", "event.side"),
        text(e, "player", "event.player"),
        text(e, "relatedPlayer", "event.relatedPlayer"),
        whole(e, "minute", "event.minute"),
        whole(e, "stoppage", "event.stoppage"),
        text(e, "detail", "event.detail"),
        text(e, "refersTo", "event.refersTo"));
  }

  private static StatisticsInput statistics(JsonObject body) {
    JsonObject s = object(body, "statistics", "statistics");
    return s == null ? null : new StatisticsInput(counts(s, "home"), counts(s, "away"));
  }

  private static StatisticsInput.TeamCounts counts(JsonObject statistics, String side) {
    String at = "statistics." + side;
    JsonObject c = object(statistics, side, at);
    if (c == null) {
      return null;
    }
    return new StatisticsInput.TeamCounts(
        whole(c, "possession", at + ".possession"),
        whole(c, "shots", at + ".shots"),
        whole(c, "shotsOnTarget", at + ".shotsOnTarget"),
        whole(c, "corners", at + ".corners"),
        whole(c, "fouls", at + ".fouls"));
  }

  private static boolean present(JsonObject o, String name) {
    return o.containsKey(name) && o.get(name).getValueType() != JsonValue.ValueType.NULL;
  }

  private static String text(JsonObject o, String name, String field) {
    if (!present(o, name)) {
      return null;
    }
    if (o.get(name) instanceof JsonString s) {
      return s.getString();
    }
    throw new InvalidCommand(field, "must be a string");
  }

  private static Integer whole(JsonObject o, String name, String field) {
    if (!present(o, name)) {
      return null;
    }
    if (o.get(name) instanceof JsonNumber n && n.isIntegral()) {
      try {
        return n.intValueExact();
      } catch (ArithmeticException tooLarge) {
        throw new InvalidCommand(field, "is out of range");
      }
    }
    throw new InvalidCommand(field, "must be a whole number");
  }

  private static JsonObject object(JsonObject o, String name, String field) {
    if (!present(o, name)) {
      return null;
    }
    if (o.get(name) instanceof JsonObject inner) {
      return inner;
    }
    throw new InvalidCommand(field, "must be an object");
  }

  private static Instant instant(JsonObject o, String name) {
    String text = text(o, name, name);
    try {
      return text == null ? null : Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw new InvalidCommand(name, "must be an ISO-8601 instant such as 2026-11-22T15:00:00Z");
    }
  }

  /** The command as JSON text, as the command log keeps it. */
  public static String write(MatchCommand c) {
    JsonObjectBuilder o = JSON.createObjectBuilder();
    put(o, "matchId", c.matchId());
    put(o, "command", c.command());
    put(o, "clientId", c.clientId());
    put(o, "minute", c.minute());
    put(o, "stoppage", c.stoppage());
    if (c.event() != null) {
      EventInput e = c.event();
      JsonObjectBuilder event = JSON.createObjectBuilder();
      put(event, "type", e.type());
      put(event, "side", e.side());
      put(event, "player", e.player());
      put(event, "relatedPlayer", e.relatedPlayer());
      put(event, "minute", e.minute());
      put(event, "stoppage", e.stoppage());
      put(event, "detail", e.detail());
      put(event, "refersTo", e.refersTo());
      o.add("event", event);
    }
    put(o, "eventId", c.eventId());
    put(o, "winner", c.winner());
    put(o, "kickoff", c.kickoff() == null ? null : c.kickoff().toString());
    if (c.statistics() != null) {
      JsonObjectBuilder stats = JSON.createObjectBuilder();
      counts(stats, "home", c.statistics().home());
      counts(stats, "away", c.statistics().away());
      o.add("statistics", stats);
    }
    return o.build().toString();
  }

  private static void counts(JsonObjectBuilder o, String side, StatisticsInput.TeamCounts c) {
    if (c != null) {
      JsonObjectBuilder counts = JSON.createObjectBuilder();
      put(counts, "possession", c.possession());
      put(counts, "shots", c.shots());
      put(counts, "shotsOnTarget", c.shotsOnTarget());
      put(counts, "corners", c.corners());
      put(counts, "fouls", c.fouls());
      o.add(side, counts);
    }
  }

  /**
   * A result as JSON: {@code {outcome, matchId, clientId, command, eventId?, match}} when accepted,
   * {@code {outcome, message, field?, allowedCommands?, allowedStatuses?}} added when refused.
   */
  public static JsonObjectBuilder result(CommandResult r) {
    JsonObjectBuilder o =
        JSON.createObjectBuilder()
            .add("outcome", r.outcome().name().toLowerCase(java.util.Locale.ROOT));
    put(o, "matchId", r.matchId());
    put(o, "clientId", r.clientId());
    put(o, "command", r.command());
    put(o, "eventId", r.eventId());
    put(o, "message", r.message());
    put(o, "field", r.field());
    if (!r.allowedCommands().isEmpty() || r.outcome() == CommandResult.Outcome.CONFLICT) {
      o.add("allowedCommands", array(r.allowedCommands()));
      o.add("allowedStatuses", array(r.allowedStatuses()));
    }
    if (r.match() != null) {
      o.add("match", MatchJson.match(r.match()));
    }
    return o;
  }

  private static JsonArrayBuilder array(List<String> values) {
    JsonArrayBuilder array = JSON.createArrayBuilder();
    values.forEach(array::add);
    return array;
  }

  private static void put(JsonObjectBuilder o, String name, String value) {
    if (value != null) {
      o.add(name, value);
    }
  }

  private static void put(JsonObjectBuilder o, String name, Integer value) {
    if (value != null) {
      o.add(name, value);
    }
  }
}
