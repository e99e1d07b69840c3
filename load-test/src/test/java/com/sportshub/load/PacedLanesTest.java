package com.sportshub.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** The pacing of writes over lanes, with a sender that records batches instead of posting them. */
class PacedLanesTest {

  private static List<List<Long>> batches(String linger) throws InterruptedException {
    Settings settings =
        Settings.parse(
            new String[] {
              "--rate",
              "200",
              "--duration",
              "1",
              "--warmup",
              "0",
              "--groups",
              "4",
              "--lanes",
              "1",
              "--linger",
              linger
            });
    List<List<Long>> sent = new CopyOnWriteArrayList<>();
    new PacedLanes<Long>(settings, new Stats(settings.groups()))
        .run(
            (index, group, number, due) -> index,
            (lane, batch) -> sent.add(batch.stream().map(PacedLanes.Due::write).toList()));
    return sent;
  }

  @Test
  void everyWriteIsSentOnceAndInTheOrderItFellDue() throws InterruptedException {
    List<Long> all = batches("20").stream().flatMap(List::stream).toList();
    assertEquals(200, all.size());
    for (int i = 0; i < all.size(); i++) {
      assertEquals(i, all.get(i));
    }
  }

  @Test
  void aLaneThatLingersSendsTheWritesDueMeanwhileInOneBatch() throws InterruptedException {
    // 200 writes a second are 5 ms apart: a lane holding its first write 50 ms takes about ten
    // (at most 21 batches in the second); one sending at once takes one, unless its thread is held
    // up, so a busy machine can only push the two counts towards each other by a little
    List<List<Long>> lingering = batches("50");
    List<List<Long>> eager = batches("0");
    assertTrue(lingering.size() <= 30, "batches with linger: " + lingering.size());
    assertTrue(eager.size() >= 60, "batches without linger: " + eager.size());
  }
}
