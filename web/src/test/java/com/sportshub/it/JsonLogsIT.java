package com.sportshub.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * With run.sh's JSON logging (HUB_LOG_FORMAT=json), the node writes one JSON object a line, and its
 * start-up line says where it serves, its database and its broker.
 */
class JsonLogsIT {

  @Test
  void theNodeLogsJsonLinesAndSaysWhereItServes() throws Exception {
    try (PayaraMicro hub =
        PayaraMicro.boot(
            "json-logs",
            null,
            Map.of(PayaraMicro.LOG_PROPERTIES, "micro/logging-json.properties"))) {
      List<String> lines = hub.logText().lines().filter(l -> l.startsWith("{")).toList();
      assertTrue(lines.size() > 10, "JSON lines: " + lines.size() + "\n" + hub.logTail());
      String startup =
          lines.stream()
              .filter(l -> l.contains("sports hub node"))
              .findFirst()
              .orElseThrow(() -> new AssertionError("no start-up line in\n" + hub.logTail()));
      JsonObject line = Json.createReader(new StringReader(startup)).readObject();
      String message =
          line.values().stream()
              .filter(v -> v instanceof JsonString s && s.getString().contains("sports hub node"))
              .map(v -> ((JsonString) v).getString())
              .findFirst()
              .orElseThrow();
      for (String part : List.of("/ws", "/api", "/health", "/metrics", "database Post", "broker")) {
        assertTrue(message.contains(part), part + " missing from: " + message);
      }
    }
  }
}
