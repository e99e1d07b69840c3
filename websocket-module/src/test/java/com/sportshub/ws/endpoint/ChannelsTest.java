package com.sportshub.ws.endpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ChannelsTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "odds:soccer_epl",
        "odds:event:e5f1a2",
        "race:123",
        "racing:meeting:ascot-2026-06-16",
        "match:419",
        "matches:live",
        "standings:PL",
        "news",
        "notice:maintenance"
      })
  void acceptsTheDocumentedChannelFamilies(String channel) {
    assertTrue(Channels.isValid(channel));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", "odds", "odds:", "odds:../x", "race:1:2", "match:a b", "news:1", "NEWS"})
  void refusesAnythingElse(String channel) {
    assertFalse(Channels.isValid(channel));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "odds:soccer_epl",
        "odds:event:e5f1a2",
        "race:123",
        "racing:meeting:ascot-2026-06-16",
        "match:419",
        "matches:live",
        "standings:PL"
      })
  void channelsWithASnapshotHaveState(String channel) {
    assertTrue(Channels.hasState(channel));
  }

  @ParameterizedTest
  @ValueSource(strings = {"news", "notice:maintenance", "user:alice"})
  void messageOnlyChannelsHaveNoState(String channel) {
    assertFalse(Channels.hasState(channel));
  }

  @Test
  void aChannelsKindIsItsNameWithoutItsKey() {
    assertEquals("odds:event", Channels.kind("odds:event:e1"));
    assertEquals("odds", Channels.kind("odds:soccer_epl"));
    assertEquals("racing:meeting", Channels.kind("racing:meeting:m1"));
    assertEquals("user", Channels.kind("user:alice@x.org"));
    assertEquals("news", Channels.kind("news"));
    assertEquals("matches:live", Channels.kind("matches:live"));
  }
}
