package com.sportshub.ws.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.sportshub.ws.broker.Envelope;
import com.sportshub.ws.broker.InMemoryBroker;
import com.sportshub.ws.broker.ResumeWindow;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RedisIntakeTest {

  private final InMemoryBroker broker =
      new InMemoryBroker(Thread::new, new ResumeWindow(100, Duration.ofMinutes(1), 1000));
  private final RedisIntake intake = new RedisIntake();
  private final List<Envelope> relayed = new CopyOnWriteArrayList<>();

  RedisIntakeTest() {
    Broadcasts broadcasts = new Broadcasts();
    broadcasts.broker = broker;
    intake.broker = broker;
    intake.broadcasts = broadcasts;
    intake.topic = Optional.of("hub:publish");
    broker.listen(relayed::add);
  }

  @AfterEach
  void close() {
    broker.close();
  }

  private void awaitRelayed(int count) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (relayed.size() < count && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
  }

  @Test
  void relaysValidMessagesInOrderAndSkipsMalformedOnes() throws InterruptedException {
    intake.take("{\"channel\":\"news\",\"event\":\"news_update\",\"data\":{\"n\":1}}");
    intake.take("{\"channel\":\"news\"");
    intake.take("[1,2]");
    intake.take("{\"channel\":\"race:1\",\"event\":\"x\",\"data\":1}");
    intake.take(
        "{\"items\":[{\"channel\":\"news\",\"event\":\"news_update\",\"data\":{\"n\":2}},"
            + "{\"channel\":\"news\",\"event\":\"news_update\",\"data\":{\"n\":3}}]}");

    awaitRelayed(3);

    assertEquals(List.of(1L, 2L, 3L), relayed.stream().map(Envelope::seq).toList());
    assertEquals(3, intake.accepted());
    assertEquals(3, intake.refused());
  }

  @Test
  void staysOffWhenTheBrokerHasNoOutsideWriters() {
    assertFalse(broker.onIntake("hub:publish", message -> {}));
  }
}
