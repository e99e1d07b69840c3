package com.sportshub.ws.hub;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sportshub.ws.broker.Envelope;
import com.sportshub.ws.broker.InMemoryBroker;
import com.sportshub.ws.broker.Publication;
import com.sportshub.ws.broker.ResumeWindow;
import java.util.List;
import org.junit.jupiter.api.Test;

class FanoutTest {

  private final InMemoryBroker broker =
      new InMemoryBroker(
          java.util.concurrent.Executors.defaultThreadFactory(), ResumeWindow.DEFAULT);
  private final Fanout fanout = new Fanout();
  private final ChannelRegistryTest.Recorder client = new ChannelRegistryTest.Recorder("c");

  FanoutTest() {
    fanout.broker = broker;
    fanout.registry = new ChannelRegistry();
    fanout.join("news", client);
  }

  private Envelope published(int n) {
    broker.publish(new Publication("news", "news_update", "{\"n\":" + n + "}", n));
    return broker.since("news", n - 1).updates().get(0);
  }

  private List<Long> seqs() {
    return client.received.stream().map(Envelope::seq).toList();
  }

  @Test
  void handsEachUpdateToTheChannelsMembersInOrder() {
    fanout.deliver(published(1));
    fanout.deliver(published(2));

    assertEquals(List.of(1L, 2L), seqs());
  }

  @Test
  void dropsAnUpdateItAlreadyHandedOut() {
    Envelope first = published(1);
    fanout.deliver(first);
    fanout.deliver(first);

    assertEquals(List.of(1L), seqs());
  }

  @Test
  void fillsAGapFromTheResumeWindowBeforeTheNewerUpdate() {
    fanout.deliver(published(1));
    published(2);
    published(3);
    fanout.deliver(published(4));

    assertEquals(List.of(1L, 2L, 3L, 4L), seqs());
  }

  @Test
  void afterLostHistoryEveryMemberIsToldAndSeqsMayStartAgain() {
    fanout.deliver(published(1));
    fanout.deliver(published(2));

    fanout.historyLost();
    fanout.deliver(new Envelope("news", 1, "new history"));

    assertEquals(List.of("news"), client.lost);
    assertEquals(List.of(1L, 2L, 1L), seqs());
  }

  @Test
  void afterALostLinkItFetchesWhatEachChannelMissedInOrder() {
    fanout.deliver(published(1));
    published(2);
    published(3);

    fanout.catchUp();
    fanout.deliver(new Envelope("news", 3, "a late copy"));

    assertEquals(List.of(1L, 2L, 3L), seqs());
  }
}
