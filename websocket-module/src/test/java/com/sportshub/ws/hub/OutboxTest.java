package com.sportshub.ws.hub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutboxTest {

  /** A link whose writes finish only when the test says so. */
  private static final class HeldLink implements Outbox.Link<String> {
    final List<List<String>> writes = new ArrayList<>();
    boolean busy;

    @Override
    public boolean busy() {
      return busy;
    }

    @Override
    public void write(List<String> frames) {
      writes.add(List.copyOf(frames));
      busy = true;
    }
  }

  private final HeldLink link = new HeldLink();
  private final Outbox<String> outbox = new Outbox<>(2, 0, link);

  @Test
  void writesAFrameAtOnceWhenTheLinkIsFree() {
    assertEquals(Outbox.Offer.WRITTEN, outbox.offer("a"));

    assertEquals(List.of(List.of("a")), link.writes);
  }

  @Test
  void queuesFramesWhileTheLinkIsBusyAndHandsThemOverInOneWriteWhenItIsFree() {
    outbox.offer("a");
    assertEquals(Outbox.Offer.QUEUED, outbox.offer("b"));
    assertEquals(Outbox.Offer.QUEUED, outbox.offer("c"));

    link.busy = false;
    assertFalse(outbox.flush());

    assertEquals(List.of(List.of("a"), List.of("b", "c")), link.writes);
    assertEquals(0, outbox.waiting());
  }

  @Test
  void keepsFramesWaitingWhileTheLinkStaysBusy() {
    outbox.offer("a");
    outbox.offer("b");

    assertTrue(outbox.flush());

    assertEquals(1, link.writes.size());
    assertEquals(1, outbox.waiting());
  }

  @Test
  void refusesAFrameWhenTheQueueIsFull() {
    outbox.offer("in flight");
    outbox.offer("1");
    outbox.offer("2");

    assertEquals(Outbox.Offer.FULL, outbox.offer("3"));
    assertEquals(2, outbox.waiting());
  }

  @Test
  void neverLetsANewFrameOvertakeWaitingOnesEvenWhenTheLinkIsFree() {
    outbox.offer("a");
    outbox.offer("b");
    link.busy = false;

    assertEquals(Outbox.Offer.QUEUED, outbox.offer("c"));
    outbox.flush();

    assertEquals(List.of(List.of("a"), List.of("b", "c")), link.writes);
  }

  @Test
  void reportsABacklogOnceTheMarkIsReached() {
    Outbox<String> marked = new Outbox<>(4, 2, link);
    marked.offer("in flight");

    assertEquals(Outbox.Offer.QUEUED, marked.offer("1"));
    assertFalse(marked.backedUp());
    assertEquals(Outbox.Offer.BACKLOGGED, marked.offer("2"));
    assertEquals(Outbox.Offer.BACKLOGGED, marked.offer("3"));
    assertTrue(marked.backedUp());
  }

  @Test
  void takesOutTheMatchingFramesAndKeepsTheRestInOrder() {
    Outbox<String> roomy = new Outbox<>(8, 0, link);
    roomy.offer("in flight");
    for (String frame : List.of("odds 1", "news 1", "odds 2", "news 2", "odds 3", "news 3")) {
      roomy.offer(frame);
    }

    assertEquals(3, roomy.removeIf(frame -> frame.startsWith("odds")));
    link.busy = false;
    roomy.flush();

    assertEquals(List.of("news 1", "news 2", "news 3"), link.writes.get(1));
  }
}
