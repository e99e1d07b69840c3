package com.sportshub.web;

import com.sportshub.ws.boundary.BroadcastBody;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.OptionalInt;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Runs the write path's hot code before the node says it is ready, so that the JIT has compiled it
 * by the time real writers arrive: a fresh node otherwise spends its first 30-40 s of load at 2.5
 * times its steady CPU per update (docs/benchmarks.md), which in a rolling restart is a node at
 * half capacity just when the others are taking its clients.
 *
 * <p>It posts {@code hub.warm-up.requests} (20,000) broadcasts over loopback to its own {@code POST
 * /api/broadcast}, four at a time, for at most {@code hub.warm-up.seconds} (30): without a token,
 * so they travel Payara's HTTP stack, the filters and the role check and are refused with 401, and
 * nothing is published; and it reads as many broadcast bodies in-process. {@link WarmUpReadiness}
 * is DOWN until it ends. {@code hub.warm-up.requests=0} turns it off (the tests do).
 */
@ApplicationScoped
public class WarmUp {

  private static final Logger LOG = Logger.getLogger(WarmUp.class.getName());
  private static final String BODY =
      "{\"items\":[{\"channel\":\"notice:warm-up\",\"event\":\"warm_up\","
          + "\"data\":{\"g\":1,\"s\":2,\"t\":3,\"w\":true,\"odds\":[1.5,2.25,3.0]}},"
          + "{\"channel\":\"news\",\"event\":\"warm_up\",\"data\":\"text\"}]}";
  private static final int IN_FLIGHT = 4;

  @Resource ManagedExecutorService executor;

  private volatile boolean done;
  private volatile String summary = "not started";

  /** Starts the warm-up in the background, once. */
  synchronized void start() {
    if (!summary.equals("not started")) {
      return;
    }
    Config config = ConfigProvider.getConfig(WarmUp.class.getClassLoader());
    int requests = config.getOptionalValue("hub.warm-up.requests", Integer.class).orElse(20_000);
    int seconds = config.getOptionalValue("hub.warm-up.seconds", Integer.class).orElse(30);
    OptionalInt port =
        config
            .getOptionalValue("hub.warm-up.port", Integer.class)
            .map(OptionalInt::of)
            .orElseGet(ListenerPort::find);
    if (requests <= 0 || port.isEmpty()) {
      finish(requests <= 0 ? "off" : "skipped: the HTTP port is not known");
      return;
    }
    summary = "running";
    executor.execute(() -> run(port.getAsInt(), requests, Duration.ofSeconds(seconds)));
  }

  boolean done() {
    return done;
  }

  String summary() {
    return summary;
  }

  private void run(int port, int requests, Duration budget) {
    long start = System.nanoTime();
    long deadline = start + budget.toNanos();
    HttpClient client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/broadcast"))
            .header("Content-Type", "application/json")
            .timeout(Duration.ofSeconds(5))
            .POST(HttpRequest.BodyPublishers.ofString(BODY))
            .build();
    Semaphore room = new Semaphore(IN_FLIGHT);
    AtomicInteger unexpected = new AtomicInteger();
    int sent = 0;
    try {
      if (!answering(client, request, deadline)) {
        finish("skipped: the API did not answer on port " + port);
        return;
      }
      for (; sent < requests && System.nanoTime() < deadline; sent++) {
        BroadcastBody.read(BODY);
        room.acquire();
        client
            .sendAsync(request, HttpResponse.BodyHandlers.discarding())
            .whenComplete(
                (response, error) -> {
                  if (error != null || response.statusCode() != 401) {
                    unexpected.incrementAndGet();
                  }
                  room.release();
                });
      }
      room.acquire(IN_FLIGHT);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      LOG.warning(() -> "warm-up stopped: " + e);
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    int odd = unexpected.get();
    finish(sent + " requests in " + millis + " ms" + (odd > 0 ? ", " + odd + " not 401" : ""));
  }

  /** Waits until the API answers (the application may still be deploying when this starts). */
  private static boolean answering(HttpClient client, HttpRequest request, long deadline)
      throws InterruptedException {
    while (System.nanoTime() < deadline) {
      try {
        if (client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 401) {
          return true;
        }
      } catch (java.io.IOException e) {
        // not listening yet
      }
      Thread.sleep(200);
    }
    return false;
  }

  private void finish(String what) {
    summary = what;
    done = true;
    LOG.info(() -> "warm-up: " + what);
  }
}
