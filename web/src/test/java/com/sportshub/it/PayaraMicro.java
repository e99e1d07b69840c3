package com.sportshub.it;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A real Payara Micro, started as a child process with the built WAR, the way the run command
 * starts it, and stopped when the tests are done.
 */
public final class PayaraMicro implements AutoCloseable {

  private static final Duration BOOT_LIMIT = Duration.ofSeconds(180);

  /**
   * A setting that is not an environment variable: a logging file under server-config, passed as
   * run.sh passes it ({@code --logproperties}).
   */
  public static final String LOG_PROPERTIES = "it.log-properties";

  private final Process process;
  private final Path log;
  private final URI base;
  private final long startedAtNanos;
  private long readyAfterMillis;

  private PayaraMicro(Process process, Path log, URI base, long startedAtNanos) {
    this.process = process;
    this.log = log;
    this.base = base;
    this.startedAtNanos = startedAtNanos;
  }

  /** Boots a node on a free port against PostgreSQL and, when {@code redisUrl} is set, Redis. */
  public static PayaraMicro boot(String name, String redisUrl) throws Exception {
    return boot(name, redisUrl, Map.of());
  }

  /** As {@link #boot(String, String)}, with more settings (environment variables). */
  public static PayaraMicro boot(String name, String redisUrl, Map<String, String> settings)
      throws Exception {
    return boot(name, redisUrl, settings, freePort());
  }

  /** As {@link #boot(String, String, Map)}, on a given port (to restart a node where it was). */
  public static PayaraMicro boot(
      String name, String redisUrl, Map<String, String> settings, int port) throws Exception {
    Path runtime = Path.of(TestSettings.require("it.runtime.dir"));
    Path rootDir = Path.of("target", "it-" + name + "-" + port).toAbsolutePath();
    Files.createDirectories(rootDir);
    Path log = rootDir.resolve("server.log");
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx512m"));
    command.add("-Djakarta.json.provider=org.eclipse.parsson.JsonProviderImpl");
    command.addAll(List.of("-jar", runtime.resolve("payara-micro.jar").toString()));
    command.addAll(List.of("--nohazelcast", "--port", String.valueOf(port)));
    command.addAll(List.of("--rootdir", rootDir.toString()));
    command.addAll(List.of("--addlibs", runtime.resolve("postgresql.jar").toString()));
    command.addAll(
        List.of(
            "--postbootcommandfile",
            TestSettings.serverConfig().resolve("micro/post-boot-postgresql.asadmin").toString()));
    String logProperties = settings.get(LOG_PROPERTIES);
    if (logProperties != null) {
      command.addAll(
          List.of(
              "--logproperties", TestSettings.serverConfig().resolve(logProperties).toString()));
    }
    command.addAll(List.of("--deploy", TestSettings.require("it.war"), "--contextroot", "/"));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.redirectOutput(log.toFile());
    Map<String, String> env = builder.environment();
    env.putAll(TestSettings.databaseEnvironment());
    env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", TestTokens.publicKeyUrl());
    // The tests write their own odds and races; a test that wants a simulator starts it.
    env.put("HUB_ODDS_PUBLISHER_AUTOSTART", "false");
    // Nor does the match simulator play unless a test asks for it.
    env.put("HUB_MATCHES_SIMULATOR_AUTOSTART", "false");
    env.put("HUB_RACING_SIMULATOR_AUTOSTART", "false");
    // Tests boot many nodes and load none of them: no warm-up before readiness.
    env.put("HUB_WARM_UP_REQUESTS", "0");
    env.putAll(settings);
    if (redisUrl != null) {
      env.put("REDIS_URL", redisUrl);
    } else {
      env.remove("REDIS_URL");
    }
    TestSettings.ensureDatabase();
    long started = System.nanoTime();
    PayaraMicro micro =
        new PayaraMicro(builder.start(), log, URI.create("http://127.0.0.1:" + port), started);
    micro.awaitReady();
    return micro;
  }

  private void awaitReady() throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    Instant deadline = Instant.now().plus(BOOT_LIMIT);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException("Payara Micro exited during boot:\n" + logTail());
      }
      if (deploymentFailed()) {
        close();
        throw new IllegalStateException("the WAR did not deploy:\n" + logTail());
      }
      try {
        HttpResponse<String> ready =
            http.send(
                HttpRequest.newBuilder(base.resolve("/health/ready"))
                    .timeout(Duration.ofSeconds(5))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        if (ready.statusCode() == 200) {
          readyAfterMillis = (System.nanoTime() - startedAtNanos) / 1_000_000;
          System.out.printf("Payara Micro ready on %s after %d ms%n", base, readyAfterMillis);
          return;
        }
      } catch (IOException notYet) {
        // the HTTP listener is not up yet
      }
      Thread.sleep(250);
    }
    close();
    throw new IllegalStateException("Payara Micro not ready in " + BOOT_LIMIT + ":\n" + logTail());
  }

  private static final java.util.regex.Pattern NOTHING_DEPLOYED =
      java.util.regex.Pattern.compile("\"Deployed\": \\[\\s*\\]");

  private boolean deploymentFailed() {
    try {
      if (!Files.exists(log)) {
        return false;
      }
      String text = Files.readString(log);
      // Payara Micro reports "ready" with an empty list of deployed archives when the app failed.
      return text.contains("Exception while loading the app")
          || NOTHING_DEPLOYED.matcher(text).find();
    } catch (IOException e) {
      return false;
    }
  }

  /** Waits up to a minute for {@code /health/ready} to answer {@code status}. */
  public void awaitReadiness(int status) throws Exception {
    Api api = new Api(base);
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    int last = -1;
    while (System.nanoTime() < deadline) {
      last = api.get("/health/ready").status();
      if (last == status) {
        return;
      }
      Thread.sleep(250);
    }
    throw new AssertionError("readiness stayed " + last + ", expected " + status);
  }

  public URI base() {
    return base;
  }

  /** The server's process id, for tools that attach to its JVM. */
  public long pid() {
    return process.pid();
  }

  public URI webSocket() {
    return URI.create("ws://" + base.getAuthority() + "/ws");
  }

  /** Everything the server has logged so far. */
  public String logText() throws IOException {
    return Files.readString(log);
  }

  public String logTail() {
    try {
      List<String> lines = Files.readAllLines(log);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 80), lines.size()));
    } catch (IOException e) {
      return "(no log: " + e + ")";
    }
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(20, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
