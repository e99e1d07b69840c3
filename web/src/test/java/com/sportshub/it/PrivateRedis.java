package com.sportshub.it;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A Redis server of the test's own (the machine's redis-server, on a free port, keeping nothing on
 * disk), so that a test may stop and restart it without disturbing anyone else.
 */
final class PrivateRedis implements AutoCloseable {

  private final int port;
  private Process process;

  private PrivateRedis(int port) {
    this.port = port;
  }

  static PrivateRedis start() throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    PrivateRedis redis = new PrivateRedis(port);
    redis.startProcess();
    return redis;
  }

  String url() {
    return "redis://127.0.0.1:" + port;
  }

  void stop() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(10, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
    }
  }

  /** Starts again on the same port, empty, as a Redis without persistence comes back. */
  void restart() throws Exception {
    startProcess();
  }

  private void startProcess() throws Exception {
    Path log = Path.of("target", "redis-" + port + ".log").toAbsolutePath();
    process =
        new ProcessBuilder(
                List.of(
                    "redis-server",
                    "--port",
                    String.valueOf(port),
                    "--bind",
                    "127.0.0.1",
                    "--save",
                    "",
                    "--appendonly",
                    "no"))
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (System.nanoTime() < deadline) {
      try (Socket probe = new Socket("127.0.0.1", port)) {
        return;
      } catch (IOException notYet) {
        Thread.sleep(50);
      }
    }
    throw new IllegalStateException("redis-server did not start on " + port);
  }

  @Override
  public void close() throws InterruptedException {
    stop();
  }
}
