package com.sportshub.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The WebSocket layer's figures as Prometheus reads them from {@code /metrics}. */
@ExtendWith(HubNode.class)
class MetricsIT {

  @Test
  void prometheusReadsConnectionsClosesByCodeAndResumes(PayaraMicro hub) throws Exception {
    Api api = new Api(hub.base());
    String channel = "notice:metrics-" + System.nanoTime();
    double refusedBefore = value(api, "hub_connections_closed_total", "code=\"1003\"");
    double recoveredBefore = value(api, "hub_resumes_total", "outcome=\"recovered\"");
    try (WsClient reader = WsClient.connect(hub.webSocket())) {
      reader.subscribe(channel);
      new Broadcaster(hub).send(channel, "notice", "{\"n\":1}");
      reader.next("update");
      try (WsClient resumer = WsClient.connect(hub.webSocket())) {
        resumer.resume(channel, 0);
        assertTrue(resumer.next("subscribed").getBoolean("recovered"));
        assertTrue(value(api, "hub_connections", "") >= 2);
        assertTrue(value(api, "hub_subscriptions", "") >= 2);
      }
    }
    try (RawWsClient binary = RawWsClient.connect(hub.webSocket())) {
      binary.nextMessage(5_000);
      binary.sendFrame(0x2, new byte[] {1});
      assertEquals(1003, binary.awaitCloseCode(10_000));
    }
    assertEquals(recoveredBefore + 1, value(api, "hub_resumes_total", "outcome=\"recovered\""));
    long deadline = System.nanoTime() + 5_000_000_000L;
    while (value(api, "hub_connections_closed_total", "code=\"1003\"") < refusedBefore + 1
        && System.nanoTime() < deadline) {
      Thread.sleep(100);
    }
    assertEquals(refusedBefore + 1, value(api, "hub_connections_closed_total", "code=\"1003\""));
  }

  /** A metric's value in the Prometheus text (0 when absent), its line holding {@code label}. */
  private static double value(Api api, String name, String label) throws Exception {
    Api.Response metrics = api.get("/metrics?scope=application");
    assertEquals(200, metrics.status(), metrics.body());
    Matcher line =
        Pattern.compile("(?m)^" + name + "\\{([^}]*)\\} ([0-9.eE+-]+)$").matcher(metrics.body());
    while (line.find()) {
      if (line.group(1).contains(label)) {
        return Double.parseDouble(line.group(2));
      }
    }
    return 0;
  }
}
