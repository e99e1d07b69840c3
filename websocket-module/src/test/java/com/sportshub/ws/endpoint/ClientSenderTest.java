package com.sportshub.ws.endpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sportshub.ws.hub.Outbox;
import com.sportshub.ws.metrics.SenderCounters;
import com.sportshub.ws.transport.WireFrame;
import jakarta.websocket.Session;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ClientSenderTest {

  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();

  @AfterEach
  void stopTimer() {
    timer.shutdownNow();
  }

  /** A link that writes nothing anywhere: it keeps what it was given and is busy when told. */
  private static final class FakeLink implements Outbox.Link<WireFrame> {
    final List<List<String>> writes = new ArrayList<>();
    boolean busy;
    Runnable free;

    @Override
    public boolean busy() {
      return busy;
    }

    @Override
    public void write(List<WireFrame> frames) {
      writes.add(frames.stream().map(WireFrame::text).toList());
      busy = true;
    }

    @Override
    public boolean notifiesWhenFree() {
      return true;
    }

    void finishWrite() {
      busy = false;
      free.run();
    }
  }

  private static Session openSession() {
    return (Session)
        Proxy.newProxyInstance(
            Session.class.getClassLoader(),
            new Class<?>[] {Session.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "isOpen" -> true;
                  case "getId" -> "s1";
                  case "hashCode" -> System.identityHashCode(proxy);
                  case "equals" -> proxy == args[0];
                  default -> null;
                });
  }

  private static HubSettings settings() {
    HubSettings settings = new HubSettings();
    settings.node = Optional.empty();
    settings.maxFrameBytes = 16384;
    settings.maxSubscriptions = 50;
    settings.messagesPerSecond = 20;
    settings.burst = 40;
    settings.sendQueue = 8;
    settings.conflateAt = Optional.empty();
    settings.connectionsPerUser = 3;
    settings.heartbeatMs = 25000;
    return settings;
  }

  private ClientSender sender(FakeLink link) {
    return new ClientSender(
        openSession(),
        (session, free) -> {
          link.free = free;
          return link;
        },
        settings(),
        timer,
        Runnable::run,
        Set::of,
        channels -> {},
        SenderCounters.discard());
  }

  @Test
  void aFrameGoesStraightToAFreeLink() {
    FakeLink link = new FakeLink();

    sender(link).send(new WireFrame("{\"a\":1}"));

    assertEquals(List.of(List.of("{\"a\":1}")), link.writes);
  }

  @Test
  void framesThatWaitForABusyLinkGoOutTogetherInOrderOnceItIsFree() {
    FakeLink link = new FakeLink();
    ClientSender sender = sender(link);
    sender.send(new WireFrame("1"));

    sender.send(new WireFrame("2"));
    sender.send(new WireFrame("3"));
    link.finishWrite();

    assertEquals(List.of(List.of("1"), List.of("2", "3")), link.writes);
  }
}
