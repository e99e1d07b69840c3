package com.sportshub.ws.endpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.websocket.CloseReason;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * docs/asyncapi.yaml, the protocol for machines, names everything the code sends and reads: each
 * error code, each close code, each message type a client may send and each the hub sends. Read
 * from the code itself (the enums and the sources), so a new one fails here until it is described.
 */
class ProtocolDescriptionTest {

  private static final Path DOC = Path.of("..", "docs", "asyncapi.yaml");
  private static final Path SOURCES = Path.of("src", "main", "java");

  private final String doc = read(DOC);

  @Test
  void everyErrorCodeIsInTheDescription() {
    String codes = section("errorCode:", "closeCode:");
    List<String> missing = new ArrayList<>();
    for (ErrorCode code : ErrorCode.values()) {
      if (!codes.contains("- " + code.name() + "\n")) {
        missing.add(code.name());
      }
    }
    assertEquals(List.of(), missing);
  }

  @Test
  void everyCloseCodeTheHubUsesIsInTheDescription() {
    Set<Integer> used = new TreeSet<>();
    for (CloseCodes code : CloseCodes.values()) {
      used.add(code.getCode());
    }
    Matcher standard = Pattern.compile("CloseReason\\.CloseCodes\\.([A-Z_]+)").matcher(sources());
    while (standard.find()) {
      used.add(CloseReason.CloseCodes.valueOf(standard.group(1)).getCode());
    }
    String closeCodes = doc.substring(doc.indexOf("closeCode:"));
    List<Integer> missing = used.stream().filter(code -> !closeCodes.contains(code + " ")).toList();
    assertFalse(used.isEmpty());
    assertEquals(List.of(), missing, "described: " + closeCodes);
  }

  @Test
  void everyMessageTypeAClientMaySendIsInTheDescription() {
    List<String> missing = new ArrayList<>();
    for (String type : cases(SOURCES.resolve("com/sportshub/ws/endpoint/Requests.java"))) {
      if (!doc.contains("type: {const: " + type + "}")) {
        missing.add(type);
      }
    }
    String legacy = section("    legacy:\n", "    welcome:\n");
    for (String type : cases(SOURCES.resolve("com/sportshub/ws/endpoint/LegacyMessages.java"))) {
      if (!type.equals("subscribe") && !legacy.contains(type)) {
        missing.add(type);
      }
    }
    assertEquals(List.of(), missing);
  }

  @Test
  void everyMessageTypeTheHubSendsIsInTheDescription() {
    String code = sources();
    Set<String> sent = new TreeSet<>();
    for (String pattern :
        List.of(
            "reply\\(\"([a-z_]+)\"",
            "\\.add\\(\"type\", \"([a-z_]+)\"\\)",
            "type\\\\\":\\\\\"([a-z_]+)\\\\\"")) {
      Matcher found = Pattern.compile(pattern).matcher(code);
      while (found.find()) {
        sent.add(found.group(1));
      }
    }
    assertFalse(sent.isEmpty());
    List<String> missing =
        sent.stream().filter(type -> !doc.contains("type: {const: " + type + "}")).toList();
    assertEquals(List.of(), missing, "sent by the code: " + sent);
  }

  private String section(String from, String to) {
    int start = doc.indexOf(from);
    return doc.substring(start, doc.indexOf(to, start));
  }

  /** The string cases of a switch over message types: {@code case "a", "b" ->}. */
  private static List<String> cases(Path source) {
    List<String> types = new ArrayList<>();
    Matcher line = Pattern.compile("case (\"[^>]*\") ->").matcher(read(source));
    while (line.find()) {
      Matcher each = Pattern.compile("\"([A-Za-z_]+)\"").matcher(line.group(1));
      while (each.find()) {
        types.add(each.group(1));
      }
    }
    return types;
  }

  private static String sources() {
    try (Stream<Path> files = Files.walk(SOURCES)) {
      StringBuilder all = new StringBuilder();
      files.filter(f -> f.toString().endsWith(".java")).forEach(f -> all.append(read(f)));
      return all.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
