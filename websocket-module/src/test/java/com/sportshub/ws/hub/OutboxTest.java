package com.sportshub.ws.hub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutboxTest {

  private final List<String> writes = new ArrayList<>();

  @Test
  void writesAFrameAtOnceWhenNothingIsInFlight() {
    Outbox outbox = new Outbox(2, writes::add);

    assertTrue(outbox.offer("a"));

    assertEquals(List.of("a"), writes);
  }

  @Test
  void queuesFramesWhileOneIsInFlightAndWritesThemInOrderAsEachCompletes() {
    Outbox outbox = new Outbox(2, writes::add);
    outbox.offer("a");
    outbox.offer("b");
    outbox.offer("c");
    assertEquals(List.of("a"), writes);

    outbox.written();
    outbox.written();

    assertEquals(List.of("a", "b", "c"), writes);
    assertEquals(0, outbox.waiting());
  }

  @Test
  void refusesAFrameWhenTheQueueIsFull() {
    Outbox outbox = new Outbox(2, writes::add);
    outbox.offer("in flight");
    outbox.offer("1");
    outbox.offer("2");

    assertFalse(outbox.offer("3"));
    assertEquals(2, outbox.waiting());
  }

  @Test
  void writesTheNextOfferAtOnceAfterTheQueueDrained() {
    Outbox outbox = new Outbox(2, writes::add);
    outbox.offer("a");
    outbox.written();

    outbox.offer("b");

    assertEquals(List.of("a", "b"), writes);
  }
}
