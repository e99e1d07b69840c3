package com.sportshub.ws.broker;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class TopicReaderTest {

  private final List<Envelope> read = new ArrayList<>();
  private final AtomicInteger historyLost = new AtomicInteger();
  private final TopicReader reader = reader();

  private TopicReader reader() {
    TopicReader r = new TopicReader("test redis", () -> "g1");
    r.listen(read::add);
    r.onHistoryLost(historyLost::incrementAndGet);
    return r;
  }

  private static String part(String channel, long seq, String frame) {
    return "\n" + channel + "\n" + seq + "\n" + frame.length() + "\n" + frame;
  }

  @Test
  void aBatchIsReadAsItsUpdatesInOrderWhateverTheFramesHold() {
    String multiLine = "{\"a\":\n\"line\\nnot a separator\"}\n";
    String astral = "{\"team\":\"\uD83C\uDFC6 Saint-\u00c9tienne\"}";

    reader.read(
        "g1" + part("odds:epl", 7, multiLine) + part("race:r1", 8, astral) + part("x", 9, ""));

    assertEquals(
        List.of(
            new Envelope("odds:epl", 7, multiLine),
            new Envelope("race:r1", 8, astral),
            new Envelope("x", 9, "")),
        read);
  }

  @Test
  void updatesBeforeAMalformedPartAreDeliveredAndTheRestIsDropped() {
    reader.read("g1" + part("a", 1, "{}") + "\nb\nnot-a-seq\n2\n{}" + part("c", 3, "{}"));
    reader.read("g1" + part("a", 2, "{}") + "\nb\n3\n99\n{}");
    reader.read("g1" + part("a", 3, "{}") + "\nb\n4");

    assertEquals(
        List.of(new Envelope("a", 1, "{}"), new Envelope("a", 2, "{}"), new Envelope("a", 3, "{}")),
        read);
  }

  @Test
  void aFrameLengthThatDoesNotEndAtASeparatorIsRefused() {
    reader.read("g1\na\n1\n1\n{}" + part("b", 2, "{}"));

    assertEquals(List.of(), read);
  }

  @Test
  void aNewGenerationTellsTheListenersThatRedisLostItsHistory() {
    reader.read("g1" + part("a", 41, "{}"));
    reader.read("g2" + part("a", 1, "{}"));

    assertEquals(1, historyLost.get());
    assertEquals(2, read.size());
  }
}
