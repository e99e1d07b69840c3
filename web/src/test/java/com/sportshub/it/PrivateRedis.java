package com.sportshub.it;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
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

  /**
   * Publishes a message to a Redis topic, as an outside writer would (plain RESP on a socket).
   *
   * @return how many subscribers Redis handed it to
   */
  long publish(String topic, String message) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(5_000);
      ByteArrayOutputStream command = new ByteArrayOutputStream();
      command.writeBytes("*3\r\n".getBytes(StandardCharsets.US_ASCII));
      for (String part : new String[] {"PUBLISH", topic, message}) {
        byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
        command.writeBytes(("$" + bytes.length + "\r\n").getBytes(StandardCharsets.US_ASCII));
        command.writeBytes(bytes);
        command.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
      }
      socket.getOutputStream().write(command.toByteArray());
      String reply =
          new BufferedReader(
                  new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
              .readLine();
      if (reply == null || !reply.startsWith(":")) {
        throw new IOException("PUBLISH answered " + reply);
      }
      return Long.parseLong(reply.substring(1));
    }
  }

  @Override
  public void close() throws InterruptedException {
    stop();
  }
}
