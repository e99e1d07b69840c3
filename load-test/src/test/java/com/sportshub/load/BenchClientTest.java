package com.sportshub.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class BenchClientTest {

  private static void receive(BenchClient client, String frame) {
    client.onText(frame);
  }

  private static String update(long seq) {
    return "{\"type\":\"update\",\"channel\":\"notice:bench-g0\",\"seq\":%d,\"event\":\"bench\",\"data\":{\"g\":0,\"s\":%d,\"t\":%d,\"w\":0}}"
        .formatted(seq, seq, System.nanoTime());
  }

  @Test
  void aClientResumedFromTheHistoryTakesTheReplayWithoutAGap() {
    Stats stats = new Stats(1);
    BenchClient resumed = new BenchClient(0, stats, UpdateFrame::parse, 41, System.nanoTime());

    receive(
        resumed,
        "{\"type\":\"subscribed\",\"channel\":\"notice:bench-g0\",\"seq\":44,\"recovered\":true}");
    receive(resumed, update(42));
    receive(resumed, update(43));
    receive(resumed, update(44));

    assertEquals(1, stats.recovered.sum());
    assertEquals(0, stats.gaps.sum());
    assertEquals(0, stats.outOfOrder.sum());
    assertEquals(3, stats.received.sum());
    assertEquals(44, resumed.lastSeq());
  }

  @Test
  void aClientGivenAFreshSnapshotCountsItAndGoesOnFromItsSeq() {
    Stats stats = new Stats(1);
    BenchClient resumed = new BenchClient(0, stats, UpdateFrame::parse, 3, System.nanoTime());

    receive(
        resumed,
        "{\"type\":\"subscribed\",\"channel\":\"notice:bench-g0\",\"seq\":90,\"recovered\":false}");
    receive(resumed, update(91));

    assertEquals(1, stats.resnapshotted.sum());
    assertEquals(0, stats.gaps.sum());
  }

  @Test
  void aJumpInSeqIsAGap() {
    Stats stats = new Stats(1);
    BenchClient client = new BenchClient(0, stats, UpdateFrame::parse);

    receive(
        client,
        "{\"type\":\"subscribed\",\"channel\":\"notice:bench-g0\",\"seq\":5,\"recovered\":false}");
    receive(client, update(6));
    receive(client, update(9));

    assertEquals(2, stats.gaps.sum());
  }
}
