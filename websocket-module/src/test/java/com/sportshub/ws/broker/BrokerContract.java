package com.sportshub.ws.broker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What every broker promises, written once and run against each implementation: the in-memory twin
 * as a unit test, Redisson against the real Redis as an integration test.
 */
abstract class BrokerContract {

  private static final long WAIT_MILLIS = 10_000;

  protected final ThreadFactory threads = Executors.defaultThreadFactory();
  private final List<Broker> opened = new ArrayList<>();

  /** A node's broker; the nodes created by one test share one cluster. */
  protected abstract Broker newNode(ResumeWindow window);

  protected Broker node() {
    return node(ResumeWindow.DEFAULT);
  }

  protected Broker node(ResumeWindow window) {
    Broker broker = newNode(window);
    opened.add(broker);
    return broker;
  }

  /** Stops a node cleanly, as a server shutting down does. */
  protected void stop(Broker node) {
    node.close();
  }

  /** Stops a node as a crash does: it tells no one. */
  protected abstract void crash(Broker node);

  @AfterEach
  void closeNodes() {
    opened.forEach(Broker::close);
    afterNodesClosed();
  }

  /**
   * Clears what the test's nodes left in their cluster's store, once none of them writes any more.
   */
  protected void afterNodesClosed() {}

  private static String channel() {
    return "news-" + UUID.randomUUID();
  }

  private static Publication update(String channel, int n) {
    return new Publication(channel, "news_update", "{\"n\":" + n + ",\"a\":[1,2]}", 1_000L + n);
  }

  @Test
  void everyUpdateOfAChannelArrivesOnceWithSeqsCountingUpFromOne() throws Exception {
    Broker broker = node();
    List<Envelope> received = listenTo(broker);
    String channel = channel();

    for (int n = 1; n <= 200; n++) {
      broker.publish(update(channel, n));
    }

    awaitSize(received, 200);
    assertEquals(
        LongStream.rangeClosed(1, 200).boxed().toList(),
        received.stream().map(Envelope::seq).toList());
  }

  @Test
  void aBatchPublishedWholeArrivesInItsOrderAcrossChannels() throws Exception {
    Broker broker = node();
    List<Envelope> received = listenTo(broker);
    String first = channel();
    String second = channel();

    broker.publishAll(
        List.of(update(first, 1), update(second, 2), update(first, 3), update(second, 4)));

    awaitSize(received, 4);
    assertEquals(
        List.of(first + " 1", second + " 1", first + " 2", second + " 2"),
        received.stream().map(e -> e.channel() + " " + e.seq()).toList());
  }

  @Test
  void aNodesReportIsReadBackUntilReplaced() {
    Broker broker = node();
    String node = "node-" + System.nanoTime();

    broker.reportNode(node, "{\"connections\":3}", Duration.ofSeconds(30));
    assertEquals("{\"connections\":3}", broker.nodeReports().get(node));
    broker.reportNode(node, "{\"connections\":4}", Duration.ofSeconds(30));
    assertEquals("{\"connections\":4}", broker.nodeReports().get(node));
  }

  @Test
  void concurrentPublishersStillGiveOneGaplessSequenceInOrder() throws Exception {
    Broker broker = node();
    List<Envelope> received = listenTo(broker);
    String channel = channel();

    ExecutorService publishers = Executors.newFixedThreadPool(4);
    for (int p = 0; p < 4; p++) {
      int base = p * 100;
      publishers.execute(
          () -> {
            for (int n = 1; n <= 100; n++) {
              broker.publish(update(channel, base + n));
            }
          });
    }
    publishers.shutdown();
    assertTrue(publishers.awaitTermination(WAIT_MILLIS, TimeUnit.MILLISECONDS));

    awaitSize(received, 400);
    assertEquals(
        LongStream.rangeClosed(1, 400).boxed().toList(),
        received.stream().map(Envelope::seq).toList());
  }

  @Test
  void eachChannelHasItsOwnSequence() throws Exception {
    Broker broker = node();
    List<Envelope> received = listenTo(broker);
    String first = channel();
    String second = channel();

    broker.publish(update(first, 1));
    broker.publish(update(second, 1));
    broker.publish(update(first, 2));

    awaitSize(received, 3);
    assertEquals(List.of(1L, 1L, 2L), received.stream().map(Envelope::seq).toList());
    assertEquals(List.of(first, second, first), received.stream().map(Envelope::channel).toList());
  }

  @Test
  void theFrameIsTheWholeUpdateMessageWithTheDataUnchanged() throws Exception {
    Broker broker = node();
    List<Envelope> received = listenTo(broker);
    String channel = channel();

    broker.publish(new Publication(channel, "news_update", "{\"z\":1,\"a\":\"\\u00e9\"}", 1234));

    awaitSize(received, 1);
    assertEquals(
        "{\"type\":\"update\",\"channel\":\""
            + channel
            + "\",\"seq\":1,\"event\":\"news_update\",\"data\":{\"z\":1,\"a\":\"\\u00e9\"},\"ts\":1234}",
        received.get(0).frame());
  }

  @Test
  void framesWithAnyTextArriveWholeAndInOrderWhenPublishedTogether() throws Exception {
    Broker broker = node();
    List<Envelope> received = listenTo(broker);
    String channel = channel();
    List<String> texts =
        List.of("Bayern München – 1½", "\uD83C\uDFC7 ½", "", "a\\nb", "Nîmes", "x".repeat(5000));

    for (String text : texts) {
      broker.publish(new Publication(channel, "news", JsonText.quote(text), 1));
    }

    awaitSize(received, texts.size());
    for (int i = 0; i < texts.size(); i++) {
      assertEquals(
          "{\"type\":\"update\",\"channel\":\""
              + channel
              + "\",\"seq\":"
              + (i + 1)
              + ",\"event\":\"news\",\"data\":"
              + JsonText.quote(texts.get(i))
              + ",\"ts\":1}",
          received.get(i).frame());
    }
  }

  @Test
  void listenersAreNeverCalledOnThePublishingThread() throws Exception {
    Broker broker = node();
    List<Thread> listenerThreads = new CopyOnWriteArrayList<>();
    broker.listen(envelope -> listenerThreads.add(Thread.currentThread()));

    broker.publish(update(channel(), 1));

    awaitSize(listenerThreads, 1);
    assertNotEquals(Thread.currentThread(), listenerThreads.get(0));
  }

  @Test
  void everyNodeReceivesEveryUpdateWithTheSameSeq() throws Exception {
    Broker a = node();
    Broker b = node();
    List<Envelope> atA = new CopyOnWriteArrayList<>();
    List<Envelope> atB = new CopyOnWriteArrayList<>();
    a.listen(atA::add);
    b.listen(atB::add);
    String channel = channel();

    a.publish(update(channel, 1));
    awaitSize(atB, 1);
    b.publish(update(channel, 2));

    awaitSize(atA, 2);
    awaitSize(atB, 2);
    assertEquals(
        atA.stream().map(Envelope::frame).toList(), atB.stream().map(Envelope::frame).toList());
    assertEquals(List.of(1L, 2L), atB.stream().map(Envelope::seq).toList());
  }

  @Test
  void aChannelNeverUsedIsAtSeqZeroAndResumesFromZeroWithNothing() {
    Broker broker = node();
    String channel = channel();

    assertEquals(0, broker.lastSeq(channel));
    Replay replay = broker.since(channel, 0);
    assertTrue(replay.complete());
    assertEquals(List.of(), replay.updates());
  }

  @Test
  void replaysEveryUpdateAfterSinceInOrderWithTheFramesClientsGot() throws Exception {
    Broker broker = node();
    List<Envelope> live = listenTo(broker);
    String channel = channel();
    for (int n = 1; n <= 10; n++) {
      broker.publish(update(channel, n));
    }
    awaitSize(live, 10);

    Replay replay = broker.since(channel, 6);

    assertTrue(replay.complete());
    assertEquals(10, replay.lastSeq());
    assertEquals(live.subList(6, 10), replay.updates());
    assertEquals(10, broker.lastSeq(channel));
  }

  @Test
  void aSinceOlderThanTheWindowCannotBeReplayed() throws Exception {
    Broker broker = node(new ResumeWindow(3, java.time.Duration.ZERO, 3));
    List<Envelope> live = listenTo(broker);
    String channel = channel();
    for (int n = 1; n <= 10; n++) {
      broker.publish(update(channel, n));
    }
    awaitSize(live, 10);

    assertFalse(broker.since(channel, 6).complete());
    Replay lastThree = broker.since(channel, 7);
    assertTrue(lastThree.complete());
    assertEquals(List.of(8L, 9L, 10L), lastThree.updates().stream().map(Envelope::seq).toList());
  }

  @Test
  void interleavedChannelsPublishedTogetherKeepTheirOrderSequencesAndWindows() throws Exception {
    Broker broker = node(new ResumeWindow(5, java.time.Duration.ZERO, 5));
    List<Envelope> received = listenTo(broker);
    List<String> channels = List.of(channel(), channel(), channel());
    List<String> published = new ArrayList<>();
    for (int n = 1; n <= 300; n++) {
      // uneven shares, as odds publish half of every batch on one sport channel
      String channel = channels.get(n % 2 == 0 ? 0 : (n % 3 == 0 ? 1 : 2));
      broker.publish(update(channel, n));
      published.add(channel + "#" + n);
    }

    awaitSize(received, 300);
    assertEquals(
        published,
        received.stream().map(e -> e.channel() + "#" + dataN(e.frame())).toList(),
        "every update arrives once, in the order published");
    for (String channel : channels) {
      List<Long> seqs =
          received.stream().filter(e -> e.channel().equals(channel)).map(Envelope::seq).toList();
      assertEquals(LongStream.rangeClosed(1, seqs.size()).boxed().toList(), seqs, channel);
      long last = seqs.size();
      Replay lastFive = broker.since(channel, last - 5);
      assertTrue(lastFive.complete(), channel);
      assertEquals(
          LongStream.rangeClosed(last - 4, last).boxed().toList(),
          lastFive.updates().stream().map(Envelope::seq).toList(),
          channel);
      assertFalse(broker.since(channel, last - 6).complete(), channel);
    }
  }

  private static final Pattern DATA_N = Pattern.compile("\\{\"n\":(\\d+),");

  private static String dataN(String frame) {
    Matcher n = DATA_N.matcher(frame);
    assertTrue(n.find(), frame);
    return n.group(1);
  }

  @Test
  void updatesYoungerThanTheWindowAgeAreKeptBeyondTheCount() throws Exception {
    Broker broker = node(new ResumeWindow(2, java.time.Duration.ofMinutes(5), 100));
    List<Envelope> live = listenTo(broker);
    String channel = channel();
    for (int n = 1; n <= 10; n++) {
      broker.publish(new Publication(channel, "news_update", "{}", System.currentTimeMillis()));
    }
    awaitSize(live, 10);

    assertEquals(10, broker.since(channel, 0).updates().size());
  }

  @Test
  void aSinceAheadOfTheChannelCannotBeReplayed() throws Exception {
    Broker broker = node();
    List<Envelope> live = listenTo(broker);
    String channel = channel();
    broker.publish(update(channel, 1));
    awaitSize(live, 1);

    Replay replay = broker.since(channel, 5);

    assertFalse(replay.complete());
    assertEquals(1, replay.lastSeq());
  }

  @Test
  void anotherNodeReplaysTheSameHistory() throws Exception {
    Broker a = node();
    Broker b = node();
    List<Envelope> atA = new CopyOnWriteArrayList<>();
    a.listen(atA::add);
    String channel = channel();
    for (int n = 1; n <= 5; n++) {
      a.publish(update(channel, n));
    }
    awaitSize(atA, 5);

    assertEquals(atA, b.since(channel, 0).updates());
  }

  private static String user() {
    return "fan-" + UUID.randomUUID();
  }

  @Test
  void aUserMayClaimUpToTheLimitAndTheNextClaimIsRefused() {
    Broker broker = node();
    String fan = user();

    for (int i = 0; i < 3; i++) {
      assertTrue(broker.claimConnection(fan, 3), "claim " + (i + 1));
    }

    assertFalse(broker.claimConnection(fan, 3));
  }

  @Test
  void eachUserHasPlacesOfTheirOwn() {
    Broker broker = node();
    String fan = user();
    for (int i = 0; i < 3; i++) {
      broker.claimConnection(fan, 3);
    }

    assertTrue(broker.claimConnection(user(), 3));
  }

  @Test
  void aReleaseMakesRoomForExactlyOneMore() {
    Broker broker = node();
    String fan = user();
    for (int i = 0; i < 3; i++) {
      broker.claimConnection(fan, 3);
    }

    broker.releaseConnection(fan);

    assertTrue(broker.claimConnection(fan, 3));
    assertFalse(broker.claimConnection(fan, 3));
  }

  @Test
  void nodesOfOneClusterShareOneCount() throws Exception {
    Broker a = node();
    Broker b = node();
    String fan = user();
    assertTrue(a.claimConnection(fan, 3));
    assertTrue(a.claimConnection(fan, 3));
    assertTrue(b.claimConnection(fan, 3));

    assertFalse(a.claimConnection(fan, 3));
    assertFalse(b.claimConnection(fan, 3));

    a.releaseConnection(fan);
    awaitTrue(() -> b.claimConnection(fan, 3), "a place freed on one node, taken on the other");
    assertFalse(a.claimConnection(fan, 3));
  }

  @Test
  void theConnectionsOfANodeThatCrashedStopCountingOnceItsLivenessLapses() throws Exception {
    Broker crashed = node();
    String fan = user();
    for (int i = 0; i < 3; i++) {
      crashed.claimConnection(fan, 3);
    }

    crash(crashed);
    Broker restarted = node();

    awaitTrue(() -> restarted.claimConnection(fan, 3), "the crashed node's places lapse");
    assertTrue(restarted.claimConnection(fan, 3));
    assertTrue(restarted.claimConnection(fan, 3));
    assertFalse(restarted.claimConnection(fan, 3), "only the living node's connections count");
  }

  @Test
  void theConnectionsOfANodeThatStoppedCleanlyStopCountingAtOnce() {
    Broker stopped = node();
    String fan = user();
    for (int i = 0; i < 3; i++) {
      stopped.claimConnection(fan, 3);
    }

    stop(stopped);

    assertTrue(node().claimConnection(fan, 3));
  }

  /** Asks until the answer is yes; asking must not change anything while the answer is no. */
  protected static void awaitTrue(java.util.function.BooleanSupplier question, String what)
      throws InterruptedException {
    long deadline = System.currentTimeMillis() + WAIT_MILLIS;
    while (!question.getAsBoolean()) {
      assertTrue(System.currentTimeMillis() < deadline, what);
      Thread.sleep(20);
    }
  }

  /** Everything the broker delivers to this node, in the order delivered. */
  protected static List<Envelope> listenTo(Broker broker) {
    List<Envelope> received = new CopyOnWriteArrayList<>();
    broker.listen(received::add);
    return received;
  }

  protected static void awaitSize(List<?> list, int size) throws InterruptedException {
    long deadline = System.currentTimeMillis() + WAIT_MILLIS;
    while (list.size() < size && System.currentTimeMillis() < deadline) {
      Thread.sleep(5);
    }
    assertEquals(size, list.size(), "received " + list.size() + " of " + size);
  }
}
