package com.sportshub.it;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** A WebSocket setting no connection could live with stops the deployment, its key named. */
class SettingsCheckIT {

  @Test
  void aHeartbeatOfZeroStopsTheDeploymentAndTheLogNamesTheKey() throws Exception {
    for (Path earlier : roots()) {
      try (Stream<Path> files = Files.walk(earlier)) {
        files.sorted(Comparator.reverseOrder()).forEach(SettingsCheckIT::delete);
      }
    }
    IllegalStateException refused =
        assertThrows(
            IllegalStateException.class,
            () -> {
              try (PayaraMicro deployed =
                  PayaraMicro.boot("bad-settings", null, Map.of("HUB_WS_HEARTBEAT_MS", "0"))) {
                // it deployed: the check did not run (closed here, so no server is left behind)
              }
            });

    assertTrue(refused.getMessage().startsWith("the WAR did not deploy"), refused.getMessage());
    assertTrue(
        logs().stream().anyMatch(log -> log.contains("hub.ws.heartbeat-ms is 0, at least 100")),
        "no server log names the heartbeat setting");
  }

  private static List<String> logs() throws Exception {
    return roots().stream()
        .map(root -> root.resolve("server.log"))
        .filter(Files::exists)
        .map(SettingsCheckIT::read)
        .toList();
  }

  /** This test's server directories (the harness names them after the test and the port). */
  private static List<Path> roots() throws Exception {
    try (Stream<Path> roots = Files.list(Path.of("target"))) {
      return roots
          .filter(root -> root.getFileName().toString().startsWith("it-bad-settings-"))
          .toList();
    }
  }

  private static void delete(Path path) {
    try {
      Files.delete(path);
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String read(Path log) {
    try {
      return Files.readString(log);
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
