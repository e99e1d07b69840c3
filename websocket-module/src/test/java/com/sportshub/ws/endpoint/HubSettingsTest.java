package com.sportshub.ws.endpoint;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class HubSettingsTest {

  /** The documented defaults (docs/protocol.md, "Settings"). */
  private static HubSettings defaults() {
    HubSettings settings = new HubSettings();
    settings.node = Optional.empty();
    settings.maxFrameBytes = 16384;
    settings.maxSubscriptions = 50;
    settings.messagesPerSecond = 20;
    settings.burst = 40;
    settings.sendQueue = 1024;
    settings.conflateAt = Optional.empty();
    settings.connectionsPerUser = 3;
    settings.heartbeatMs = 25000;
    return settings;
  }

  @Test
  void theDefaultsAndTheTestsShortHeartbeatAreAccepted() {
    HubSettings settings = defaults();
    assertDoesNotThrow(settings::check);
    settings.heartbeatMs = 1000;
    settings.conflateAt = Optional.of(0);
    assertDoesNotThrow(settings::check);
  }

  @Test
  void aHeartbeatOfZeroIsRefusedWithItsKeyNamed() {
    HubSettings settings = defaults();
    settings.heartbeatMs = 0;
    IllegalStateException refused = assertThrows(IllegalStateException.class, settings::check);
    assertEquals(
        "WebSocket settings refused: hub.ws.heartbeat-ms is 0, at least 100", refused.getMessage());
  }

  @Test
  void everyWrongSettingIsNamedAtOnce() {
    HubSettings settings = defaults();
    settings.sendQueue = 0;
    settings.connectionsPerUser = -1;
    settings.conflateAt = Optional.of(5);
    IllegalStateException refused = assertThrows(IllegalStateException.class, settings::check);
    assertEquals(
        "WebSocket settings refused: hub.ws.send-queue is 0, at least 1;"
            + " hub.ws.connections-per-user is -1, at least 1;"
            + " hub.ws.conflate-at is 5, not between 0 and hub.ws.send-queue (0)",
        refused.getMessage());
  }

  @Test
  void aConflationPointBeyondTheSendQueueIsRefused() {
    HubSettings settings = defaults();
    settings.conflateAt = Optional.of(2048);
    assertThrows(IllegalStateException.class, settings::check);
  }
}
