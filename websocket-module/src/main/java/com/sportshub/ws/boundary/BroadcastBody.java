package com.sportshub.ws.boundary;

import com.sportshub.ws.broker.JsonText;
import jakarta.json.JsonException;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParser.Event;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a broadcast request, {@code {channel, event, data}} or {@code {items: [...]}} (at most
 * {@value #MAX_ITEMS}), from its text in one pass, the REST API's and the Redis intake's alike:
 * each item's {@code data} is cut out of the text as it was sent (key order and spacing included)
 * rather than parsed into a tree and written out again, which a profile of the write path found
 * costing a tenth of a request.
 *
 * <p>The whole body is held to the API's limits before any field is looked at, as the API's other
 * bodies are: nesting deeper than {@value #MAX_DEPTH}, a number longer than {@value
 * #MAX_NUMBER_CHARS} characters or with more than {@value #MAX_NUMBER_DIGITS} digits either side of
 * the point; each refused naming where it is ({@code items[2].data.odds[0]}). Then the items are
 * checked in order ({@link Broadcast#invalidField()}), and one wrong item refuses the batch.
 *
 * <p>Relies on the parser's stream offsets being the position just past each event's token
 * (Parsson's, checked by {@code BroadcastBodyTest}).
 */
public final class BroadcastBody {

  public static final int MAX_ITEMS = 1_000;

  public static final int MAX_DEPTH = 32;
  public static final int MAX_NUMBER_CHARS = 64;
  public static final int MAX_NUMBER_DIGITS = 64;

  private final String text;
  private final JsonParser parser;

  private BroadcastBody(String text) {
    this.text = text;
    this.parser = JsonText.JSON.createParser(new StringReader(text));
  }

  /**
   * @throws InvalidBroadcast naming the first wrong field
   * @throws JsonException when the text is not JSON
   */
  public static List<Broadcast> read(String text) {
    if (text == null || text.isBlank()) {
      throw new InvalidBroadcast("body", "is required");
    }
    BroadcastBody reader = new BroadcastBody(text);
    try (JsonParser parser = reader.parser) {
      Event first = parser.next();
      if (first != Event.START_OBJECT) {
        reader.skip(first, Path.ROOT, 0);
        parser.hasNext(); // refuses anything after the value
        throw new InvalidBroadcast("body", "must be a JSON object");
      }
      Fields body = reader.object(Path.ROOT, 1, true);
      parser.hasNext();
      return body.broadcasts();
    }
  }

  /** The fields of one object that a broadcast reads; the rest is only held to the limits. */
  private static final class Fields {
    String channel;
    String event;
    String data;
    boolean hasItems;
    boolean itemsIsArray;
    final List<Fields> items = new ArrayList<>();
    boolean isObject = true;

    List<Broadcast> broadcasts() {
      if (!hasItems) {
        return List.of(broadcast(""));
      }
      if (!itemsIsArray) {
        throw new InvalidBroadcast("items", "must be an array");
      }
      if (items.isEmpty() || items.size() > MAX_ITEMS) {
        throw new InvalidBroadcast("items", "must hold 1 to " + MAX_ITEMS + " broadcasts");
      }
      List<Broadcast> broadcasts = new ArrayList<>(items.size());
      for (int i = 0; i < items.size(); i++) {
        broadcasts.add(items.get(i).broadcast("items[" + i + "]."));
      }
      return broadcasts;
    }

    private Broadcast broadcast(String path) {
      if (!isObject) {
        throw new InvalidBroadcast(path.substring(0, path.length() - 1), "must be an object");
      }
      Broadcast broadcast = new Broadcast(channel, event, data);
      String wrong = broadcast.invalidField();
      if (wrong != null) {
        throw new InvalidBroadcast(
            path + wrong, wrong.equals("data") ? "is required" : "is not allowed here");
      }
      return broadcast;
    }
  }

  private Fields object(Path path, int depth, boolean top) {
    deeper(path, depth);
    Fields fields = new Fields();
    for (Event event = parser.next(); event != Event.END_OBJECT; event = parser.next()) {
      String name = parser.getString();
      long afterName = parser.getLocation().getStreamOffset();
      Path at = path.field(name);
      Event value = parser.next();
      switch (name) {
        case "channel" -> fields.channel = stringOrSkip(value, at, depth);
        case "event" -> fields.event = stringOrSkip(value, at, depth);
        case "data" -> {
          skip(value, at, depth);
          fields.data = valueText(afterName, parser.getLocation().getStreamOffset());
        }
        case "items" -> {
          if (top) {
            fields.hasItems = true;
            fields.itemsIsArray = value == Event.START_ARRAY;
            if (fields.itemsIsArray) {
              items(fields.items, at, depth + 1);
            } else {
              skip(value, at, depth);
            }
          } else {
            skip(value, at, depth);
          }
        }
        default -> skip(value, at, depth);
      }
    }
    return fields;
  }

  private void items(List<Fields> items, Path path, int depth) {
    deeper(path, depth);
    int i = 0;
    for (Event event = parser.next(); event != Event.END_ARRAY; event = parser.next(), i++) {
      if (event == Event.START_OBJECT) {
        items.add(object(path.index(i), depth + 1, false));
      } else {
        skip(event, path.index(i), depth);
        Fields notAnObject = new Fields();
        notAnObject.isObject = false;
        items.add(notAnObject);
      }
    }
  }

  private String stringOrSkip(Event value, Path path, int depth) {
    if (value == Event.VALUE_STRING) {
      return parser.getString();
    }
    skip(value, path, depth);
    return null;
  }

  /** Walks one value, holding it to the limits; {@code depth} is that of its container. */
  private void skip(Event event, Path path, int depth) {
    switch (event) {
      case START_OBJECT -> {
        deeper(path, depth + 1);
        for (Event e = parser.next(); e != Event.END_OBJECT; e = parser.next()) {
          Path at = path.field(parser.getString());
          skip(parser.next(), at, depth + 1);
        }
      }
      case START_ARRAY -> {
        deeper(path, depth + 1);
        int i = 0;
        for (Event e = parser.next(); e != Event.END_ARRAY; e = parser.next(), i++) {
          skip(e, path.index(i), depth + 1);
        }
      }
      case VALUE_NUMBER -> number(parser.getString(), path);
      default -> {
        // strings, true, false, null: nothing to hold them to
      }
    }
  }

  /** The text of a value whose key ended at {@code from} and which ends at {@code to}. */
  private String valueText(long from, long to) {
    int start = (int) from;
    while (start < to && text.charAt(start) != ':') {
      start++;
    }
    start++;
    while (start < to && isJsonSpace(text.charAt(start))) {
      start++;
    }
    return text.substring(start, (int) to);
  }

  private static boolean isJsonSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
  }

  private static void deeper(Path path, int depth) {
    if (depth > MAX_DEPTH) {
      throw new InvalidBroadcast(path.name(), "nests deeper than " + MAX_DEPTH + " levels");
    }
  }

  private static void number(String text, Path path) {
    if (text.length() > MAX_NUMBER_CHARS) {
      throw new InvalidBroadcast(path.name(), "is longer than " + MAX_NUMBER_CHARS + " characters");
    }
    if (text.indexOf('e') < 0 && text.indexOf('E') < 0) {
      return; // at most 64 characters, so at most 64 digits either side of the point
    }
    BigDecimal number = new BigDecimal(text);
    if (number.precision() - number.scale() > MAX_NUMBER_DIGITS
        || number.scale() > MAX_NUMBER_DIGITS) {
      throw new InvalidBroadcast(path.name(), "is out of range");
    }
  }

  /** Where a value is, built only when it has to be named. */
  private record Path(Path parent, String field, int index) {

    static final Path ROOT = new Path(null, null, -1);

    Path field(String name) {
      return new Path(this, name, -1);
    }

    Path index(int i) {
      return new Path(this, null, i);
    }

    String name() {
      if (parent == null) {
        return "body";
      }
      StringBuilder name = new StringBuilder();
      append(name);
      return name.toString();
    }

    private void append(StringBuilder name) {
      if (parent == null) {
        return;
      }
      parent.append(name);
      if (field != null) {
        if (!name.isEmpty()) {
          name.append('.');
        }
        name.append(field);
      } else {
        name.append('[').append(index).append(']');
      }
    }
  }
}
